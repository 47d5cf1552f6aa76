package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The partnership's page and the quarterly report's page: the subgroup's analyst finds every part
 * and chooses a quarter; a teacher sees only the parts they take part in. Every page is checked
 * with axe-core. The PDF itself is checked in QuarterlyReportTest.
 */
class StrategyJourneyTest extends BrowserJourney {

	@Test
	void an_analyst_finds_every_part_and_the_quarterly_report() {
		browser.signInAs("analyst");
		browser.follow("The partnership");
		assertThat(browser.heading()).isEqualTo("The partnership's work on neglect");
		assertThat(browser.texts("main a")).contains("Quarterly report", "Strategy and action plan",
				"Multi-agency case audits", "Training", "Practitioner surveys",
				"Feedback from families and practitioners", "Learning from reviews");
		browser.assertAccessible();
		browser.screenshot("strategy-hub-analyst");

		browser.follow("Quarterly report");
		assertThat(browser.heading()).isEqualTo("Quarterly report to the quality and performance subgroup");
		assertThat(browser.texts("#quarter option").get(0)).startsWith("Quarter ");
		browser.assertAccessible();
		browser.screenshot("strategy-report-page");

		browser.visit("/strategy/report?quarter=2026-27-Q9");
		assertThat(browser.text(".govuk-error-summary")).contains("Choose a quarter from the list");
		browser.assertAccessible();
	}

	@Test
	void a_teacher_sees_the_parts_they_take_part_in() {
		browser.signInAs("teacher");
		browser.follow("The partnership");
		assertThat(browser.texts("main a")).contains("Practitioner surveys", "Feedback", "Learning from reviews")
			.doesNotContain("Quarterly report", "Strategy and action plan");
		browser.assertAccessible();
	}
}
