package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership's analyst adds an action to the neglect strategy's plan with an indicator linked
 * to a live measure, rates it red and then green, and keeps the quarter's assess-plan-do-review
 * record; a manager reads the plan with no way to change it. Every page is checked with axe-core.
 */
class ActionPlanJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	private String id(String sql) {
		return jdbc.sql(sql).query(String.class).list().get(0);
	}

	@Test
	void an_analyst_adds_an_action_with_a_linked_indicator_and_records_its_progress() {
		browser.signInAs("analyst");
		browser.visit("/strategy");
		browser.follow("Strategy and action plan");
		assertThat(browser.heading()).isEqualTo("Northbrook neglect strategy 2025–2028");
		browser.assertAccessible();
		browser.screenshot("action-plan");

		// a form sent empty comes back with every problem, and stays accessible
		browser.follow("Add an action");
		browser.assertAccessible();
		browser.fillIn("title", "Neglect briefings for GP practices");
		browser.press("Save the action");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the action's reference",
				"Enter the activities that deliver the action", "Choose the lead agency",
				"Choose at least one aim the action serves");
		browser.assertAccessible();

		browser.fillIn("reference", "1.9");
		browser.fillIn("activities", "A short briefing on the neglect toolkit at each practice meeting");
		browser.fillIn("leadName", "Named GP for safeguarding");
		browser.select("leadAgencyId", id("select id::text from agency where code = 'GP'"));
		browser.choose("aim-1.1");
		browser.press("Save the action");
		assertThat(browser.heading()).isEqualTo("1.9 Neglect briefings for GP practices");
		assertThat(browser.text("#rating")).isEqualTo("Not yet rated");
		browser.assertAccessible();
		String action = browser.path();

		// an indicator linked to a live measure: its current value comes from the data
		browser.follow("Add an indicator");
		browser.assertAccessible();
		browser.fillIn("description", "Team Around the Family plans started");
		browser.select("measureKey", "live:plans_started:plans_started");
		browser.choose("unit-COUNT");
		browser.fillIn("baselineValue", "10");
		browser.fillIn("baselineOn-day", "31");
		browser.fillIn("baselineOn-month", "3");
		browser.fillIn("baselineOn-year", "2025");
		browser.fillIn("targetValue", "abc");
		browser.choose("direction-HIGHER_IS_BETTER");
		browser.press("Save the indicator");
		assertThat(browser.text(".govuk-error-summary")).contains("The target must be a number");
		browser.assertAccessible();
		browser.fillIn("targetValue", "25");
		browser.fillIn("targetOn-day", "31");
		browser.fillIn("targetOn-month", "3");
		browser.fillIn("targetOn-year", "2027");
		browser.press("Save the indicator");
		assertThat(browser.path()).isEqualTo(action);
		assertThat(browser.text("main")).contains("Seen's own records, by quarter", "Figures for Team Around the Family plans started");
		assertThat(browser.text("#kpi-current-0")).isNotEmpty().doesNotContain("No data yet");
		assertThat(browser.text("#kpi-status-0")).isIn("Target met", "Improving", "No change", "Worse than baseline",
				"No data yet");
		browser.assertAccessible();

		// progress: red, then green; the newest rating is the action's and the history is kept
		browser.follow("Record progress");
		browser.assertAccessible();
		browser.press("Save the update");
		assertThat(browser.text(".govuk-error-summary")).contains("Choose red, amber or green");
		browser.assertAccessible();
		browser.choose("rag-RED");
		browser.fillIn("narrative", "No practice meeting has had a briefing yet.");
		browser.press("Save the update");
		assertThat(browser.text("#rating")).isEqualTo("Red");
		browser.follow("Record progress");
		browser.choose("rag-GREEN");
		browser.fillIn("narrative", "Briefings given at four practice meetings.");
		browser.fillIn("impact", "GPs now ask about food and warmth at child health checks.");
		browser.press("Save the update");
		assertThat(browser.text("#rating")).isEqualTo("Green");
		assertThat(browser.text("main")).contains("No practice meeting has had a briefing yet.",
				"GPs now ask about food and warmth at child health checks.");
		browser.assertAccessible();
		browser.screenshot("action-plan-item");

		browser.follow("Add evidence");
		browser.assertAccessible();
		browser.fillIn("title", "Live measures");
		browser.fillIn("link", "/insight/live");
		browser.press("Add the evidence");
		assertThat(browser.text("main")).contains("Live measures");

		browser.follow("Change the action");
		browser.assertAccessible();
		browser.press("Save the action");
		assertThat(browser.path()).isEqualTo(action);

		// an indicator with typed values
		browser.visit("/strategy/action-plan/kpis/"
				+ id("select id::text from action_kpi where measure_key is null order by description") + "/readings/new");
		browser.assertAccessible();
		browser.visit("/strategy/action-plan/kpis/"
				+ id("select id::text from action_kpi where measure_key is null order by description") + "/edit");
		browser.assertAccessible();

		// the plan: ratings by priority, filtered
		browser.visit("/strategy/action-plan?rag=GREEN");
		assertThat(browser.text("main")).contains("Neglect briefings for GP practices");
		browser.assertAccessible();
		browser.follow("Change the strategy");
		browser.assertAccessible();
		browser.visit("/strategy/action-plan");
		browser.follow("Change priority 1");
		browser.assertAccessible();
		browser.visit("/strategy/action-plan");
		browser.follow("Add an aim");
		browser.assertAccessible();
		browser.visit("/strategy/action-plan");
		browser.follow("Add a priority");
		browser.assertAccessible();
		browser.visit("/strategy/action-plan/aims/" + id("select id::text from strategy_aim where reference = '2.1'"));
		browser.assertAccessible();

		// assess, plan, do, review for this quarter
		browser.visit("/strategy/action-plan");
		browser.follow("Assess, plan, do, review");
		browser.assertAccessible();
		browser.follow("Add a quarter");
		browser.assertAccessible();
		browser.press("Save");
		assertThat(browser.text(".govuk-error-summary")).contains("Write at least one of assess, plan, do or review");
		browser.assertAccessible();
		browser.fillIn("assess", "Briefings reached GP practices; plans started rose.");
		browser.press("Save");
		assertThat(browser.text("main")).contains("Briefings reached GP practices; plans started rose.");
		browser.follow("Change");
		browser.assertAccessible();
	}

	@Test
	void a_manager_reads_the_plan_with_no_way_to_change_it() {
		browser.signInAs("manager");
		browser.visit("/strategy/action-plan");
		assertThat(browser.heading()).isEqualTo("Northbrook neglect strategy 2025–2028");
		assertThat(browser.text("main")).doesNotContain("Add an action", "Change the strategy", "Add a priority");
		browser.assertAccessible();
		browser.followLinkTo("/strategy/action-plan/items/");
		assertThat(browser.text("main")).doesNotContain("Record progress", "Add an indicator", "Change the action");
		browser.assertAccessible();
		browser.visit("/strategy/action-plan/reviews");
		assertThat(browser.text("main")).doesNotContain("Add a quarter");
		browser.assertAccessible();
	}
}
