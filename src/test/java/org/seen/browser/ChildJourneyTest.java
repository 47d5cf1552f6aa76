package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A health visitor finds children, records a new baby, adds to the baby's chronology until the
 * pattern of missed appointments raises an alert, and acknowledges it. Every page is checked
 * with axe-core.
 */
class ChildJourneyTest extends BrowserJourney {

	@Test
	void a_health_visitor_records_a_baby_and_acknowledges_the_alert_that_missed_appointments_raise() {
		browser.signInAs("health.visitor");

		browser.visit("/search");
		browser.assertAccessible();
		browser.fillIn("name", "Ava");
		browser.press("Search");
		assertThat(browser.text("h2.govuk-heading-m")).contains("found");
		browser.assertAccessible();

		browser.visit("/children/new");
		browser.press("Add child");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the child's first name",
				"Select yes if the child is not born yet");
		browser.screenshot("add-child-errors");
		browser.assertAccessible();

		LocalDate born = LocalDate.now().minusMonths(3);
		browser.fillIn("givenName", "Robin");
		browser.fillIn("familyName", "Thistlewood");
		browser.choose("unborn-no");
		browser.fillIn("dateOfBirth-day", String.valueOf(born.getDayOfMonth()));
		browser.fillIn("dateOfBirth-month", String.valueOf(born.getMonthValue()));
		browser.fillIn("dateOfBirth-year", String.valueOf(born.getYear()));
		browser.choose("sex-MALE");
		browser.fillIn("nhsNumber", "401 023 2137");
		browser.fillIn("postcode", "nb2 5xy");
		browser.press("Add child");
		assertThat(browser.heading()).contains("Robin Thistlewood");
		assertThat(browser.text(".govuk-notification-banner")).contains("Child added");
		String child = browser.path().replaceAll("\\?.*", "");
		browser.screenshot("child-page");
		browser.assertAccessible();

		wasNotBrought(child, LocalDate.now().minusDays(40), "Not brought to 8-week check");
		wasNotBrought(child, LocalDate.now().minusDays(5), "Not brought to hearing screening");

		browser.visit(child);
		assertThat(browser.text("main")).contains("Was not brought");
		browser.screenshot("child-page-with-alert");
		browser.assertAccessible();

		browser.visit("/worklist");
		assertThat(browser.text("main table")).contains("Robin Thistlewood", "Repeatedly not brought");
		browser.assertAccessible();
		browser.followLinkTo(child + "/alerts/");
		browser.assertAccessible();
		browser.fillIn("note", "Discussed with the GP; appointments rebooked and mother offered transport.");
		browser.press("Acknowledge alert");
		browser.assertAccessible();
		browser.visit("/worklist");
		// the alert is done; the baby stays among the children she works with, with nothing waiting
		assertThat(browser.text("main table")).doesNotContain("Robin Thistlewood");
		assertThat(browser.text("main .govuk-summary-list")).contains("Robin Thistlewood Nothing waiting");
	}

	private void wasNotBrought(String child, LocalDate on, String summary) {
		browser.visit(child + "/events/new");
		browser.fillIn("date-day", String.valueOf(on.getDayOfMonth()));
		browser.fillIn("date-month", String.valueOf(on.getMonthValue()));
		browser.fillIn("date-year", String.valueOf(on.getYear()));
		browser.select("type", "WAS_NOT_BROUGHT");
		browser.fillIn("summary", summary);
		browser.choose("significance-MEDIUM");
		browser.assertAccessible();
		browser.press("Add entry");
	}
}
