package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A health visitor builds a Team Around the Family plan with a family: takes the lead, brings in
 * the school and the father, agrees an outcome tied to an area of the assessment and the actions
 * that will get there. Every page is checked with axe-core.
 */
class TeamAroundTheFamilyJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/**
	 * A demo child the health visitor knows, with a completed assessment, a father recorded and no
	 * open plan; the level of need and the family's consent are written as the pathway would.
	 */
	private String readyForAPlan() {
		String child = jdbc.sql("""
				select c.id::text from child c
				join involvement i on i.child_id = c.id
				join practitioner p on p.id = i.practitioner_id and p.email = 'health.visitor@northbrook.example'
				where exists (select 1 from assessment a join assessment_item ai on ai.assessment_id = a.id
				               where a.child_id = c.id and a.status = 'COMPLETED' and ai.grade >= 3)
				  and exists (select 1 from relationship r where r.child_id = c.id and r.kind = 'FATHER')
				  and not exists (select 1 from plan pl where pl.child_id = c.id)
				order by c.family_name, c.given_name limit 1""")
			.query(String.class)
			.single();
		jdbc.sql("""
				insert into level_decision (id, child_id, level_code, suggested_code, rationale, decided_by, decided_at)
				values (gen_random_uuid(), ?::uuid, 'TARGETED_EARLY_HELP', 'TARGETED_EARLY_HELP',
				  'Needs across home conditions and nutrition; several agencies', 'Bethan Rooke', now())""")
			.param(child)
			.update();
		jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, purpose, how_given, given_on, lawful_basis,
				  recorded_by, recorded_at)
				values (gen_random_uuid(), ?::uuid, 'Mother and father', 'Early help and a Team Around the Family',
				  'WRITTEN', current_date - 7, 'CONSENT', 'Bethan Rooke', now())""")
			.param(child)
			.update();
		return child;
	}

	@Test
	void a_health_visitor_builds_a_plan_with_a_lead_members_an_outcome_tied_to_an_item_and_actions() {
		String childId = readyForAPlan();
		browser.signInAs("health.visitor");
		browser.visit("/children/" + childId);
		browser.follow("Start a Team Around the Family plan");
		assertThat(browser.heading()).isEqualTo("Start a Team Around the Family plan");
		browser.assertAccessible();

		// no lead chosen: the form comes back with the error
		browser.press("Start the plan");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the lead professional");
		browser.assertAccessible();
		String visitor = jdbc.sql("select id::text from practitioner where email = 'health.visitor@northbrook.example'")
			.query(String.class)
			.single();
		browser.select("lead", visitor);
		browser.fillIn("meetingPlace", "Rowan Children’s Centre");
		browser.press("Start the plan");
		assertThat(browser.heading()).isEqualTo("Team Around the Family plan");
		assertThat(browser.text("main")).contains("Not yet accepted", "Level 3: targeted early help");
		browser.assertAccessible();
		browser.press("Accept the lead");
		assertThat(browser.text("main")).contains("You are now the lead professional", "Accepted");
		String plan = browser.path().replaceAll("#.*", "");

		browser.follow("Add a practitioner");
		browser.assertAccessible();
		String teacher = jdbc.sql("select id::text from practitioner where email = 'teacher@northbrook.example'")
			.query(String.class)
			.single();
		browser.select("practitioner", teacher);
		browser.press("Add to the team");
		assertThat(browser.text("#team ~ ul")).contains("Amira Castell, Class teacher");

		browser.follow("Add a family member");
		browser.assertAccessible();
		String father = jdbc.sql("select adult_id::text from relationship where child_id = ?::uuid and kind = 'FATHER' limit 1")
			.param(childId)
			.query(String.class)
			.single();
		browser.choose("adult-" + father);
		browser.press("Add to the plan");
		assertThat(browser.text("main")).contains("(Father)");

		browser.follow("Add an outcome");
		browser.assertAccessible();
		browser.press("Add the outcome");
		assertThat(browser.text(".govuk-error-summary")).contains("Select what the outcome is tied to",
				"Enter what will be different for the child", "Enter the date by which it will be achieved");
		browser.assertAccessible();
		String item = jdbc.sql("""
				select ai.item_id from assessment a join assessment_item ai on ai.assessment_id = a.id
				where a.child_id = ?::uuid and a.status = 'COMPLETED' and ai.grade >= 3
				order by a.assessed_on desc, a.completed_at desc, ai.grade desc, ai.item_id limit 1""")
			.param(childId)
			.query(String.class)
			.single();
		browser.choose("kind-ITEM");
		browser.select("itemId", item);
		browser.fillIn("difference", "The children have a warm, clean, uncluttered home to play and sleep in");
		browser.select("targetGrade", "2");
		LocalDate by = LocalDate.now().plusMonths(4);
		browser.fillIn("targetOn-day", String.valueOf(by.getDayOfMonth()));
		browser.fillIn("targetOn-month", String.valueOf(by.getMonthValue()));
		browser.fillIn("targetOn-year", String.valueOf(by.getYear()));
		browser.press("Add the outcome");
		assertThat(browser.text("#outcomes ~ table")).contains("warm, clean, uncluttered", "target 2");

		browser.follow("Add an action");
		browser.assertAccessible();
		String fatherMember = jdbc.sql("select id::text from plan_member where plan_id = ?::uuid and adult_id = ?::uuid")
			.params(plan.substring(plan.lastIndexOf('/') + 1), father)
			.query(String.class)
			.single();
		browser.fillIn("what", "Clear the back bedroom with the family support worker");
		browser.select("owner", fatherMember);
		LocalDate due = LocalDate.now().plusWeeks(3);
		browser.fillIn("dueOn-day", String.valueOf(due.getDayOfMonth()));
		browser.fillIn("dueOn-month", String.valueOf(due.getMonthValue()));
		browser.fillIn("dueOn-year", String.valueOf(due.getYear()));
		browser.press("Add the action");
		assertThat(browser.text("#actions ~ table")).contains("Clear the back bedroom", "(Father)", "Not started");
		browser.assertAccessible();

		// the child's page shows the plan with its lead and next review
		browser.visit("/children/" + childId);
		assertThat(browser.text("#plan-heading + dl")).contains("Bethan Rooke", "None found");
		browser.assertAccessible();
	}
}
