package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A health visitor completes the Family Strengths and Needs Profile with a family at their kitchen
 * table, hears from the child, and sees how things have changed since the assessment five months
 * ago. Every page is checked with axe-core.
 */
class AssessmentJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/** A demo child the health visitor knows who has one completed assessment and nothing in progress. */
	private String assessedOnce() {
		return jdbc.sql("""
				select c.id::text from child c
				join involvement i on i.child_id = c.id
				join practitioner p on p.id = i.practitioner_id and p.email = 'health.visitor@northbrook.example'
				where (select count(*) from assessment a where a.child_id = c.id and a.status = 'COMPLETED') = 1
				  and not exists (select 1 from assessment a where a.child_id = c.id and a.status = 'DRAFT')
				  and exists (select 1 from relationship r where r.child_id = c.id and r.kind = 'FATHER')
				order by c.family_name, c.given_name limit 1""")
			.query(String.class)
			.single();
	}

	@Test
	void a_health_visitor_completes_an_assessment_with_a_family_and_compares_it_with_the_last() {
		String childId = assessedOnce();
		browser.signInAs("health.visitor");
		browser.visit("/children/" + childId);
		browser.follow("Assessments (1)");
		browser.assertAccessible();
		browser.follow("Start an assessment");
		browser.assertAccessible();
		browser.press("Start assessment");

		// who took part: both parents
		assertThat(browser.heading()).isEqualTo("Who took part in the assessment?");
		browser.assertAccessible();
		List<String> parents = jdbc.sql("select adult_id::text from relationship where child_id = ?::uuid and kind in ('MOTHER', 'FATHER')")
			.param(childId)
			.query(String.class)
			.list();
		parents.forEach(adult -> browser.choose("present-" + adult));
		browser.fillIn("othersPresent", "The child, for part of the visit");
		browser.press("Save and continue");
		assertThat(browser.text("main")).contains("(Father)", "0 of ");
		browser.assertAccessible();
		String assessment = browser.path();

		// signing off too early names every item still to do
		browser.press("Complete and sign off");
		assertThat(browser.text(".govuk-error-summary")).contains("Grade Nutrition", "Grade Home conditions");
		browser.assertAccessible();

		// (the error summary links to each item in the task list; the item's own page is one click on)
		browser.visit(assessment + "/items/nutrition");
		browser.assertAccessible();
		browser.choose("grade-3");
		browser.fillIn("evidence", "Cupboards had cereal and bread only; lunch box sent with crisps");
		browser.choose("evidenceSource-SEEN");
		browser.fillIn("parentView", "Money runs out before payday");
		browser.select("targetGrade", "2");
		browser.fillIn("reviewBy-day", "1");
		browser.fillIn("reviewBy-month", "1");
		browser.fillIn("reviewBy-year", "2020");
		browser.press("Save and continue");
		assertThat(browser.text(".govuk-error-summary")).contains("Review date must be today or in the future");
		browser.assertAccessible();
		LocalDate review = LocalDate.now().plusWeeks(8);
		browser.fillIn("reviewBy-day", String.valueOf(review.getDayOfMonth()));
		browser.fillIn("reviewBy-month", String.valueOf(review.getMonthValue()));
		browser.fillIn("reviewBy-year", String.valueOf(review.getYear()));
		browser.press("Save and continue");

		// every other item, one page each, until the summary
		boolean sawHomeConditions = false;
		while (browser.path().contains("/items/")) {
			if (browser.shows("#homeConditions")) {
				sawHomeConditions = true;
				browser.assertAccessible();
				browser.choose("homeConditions-3");
				browser.screenshot("assessment-home-conditions");
			}
			browser.choose("grade-2");
			browser.fillIn("evidence", "Seen during the visit and talked through with both parents");
			browser.press("Save and continue");
		}
		assertThat(sawHomeConditions).isTrue();

		// the summary: area grades by the stated rule, and the comparison with five months ago
		assertThat(browser.heading()).isEqualTo("Summary and area grades");
		assertThat(browser.text("#rule")).contains("given most often");
		assertThat(browser.text("main")).contains("What needs to change", "Nutrition", "Compared with the assessment of");
		assertThat(browser.texts("td .govuk-tag")).contains("Better");
		browser.assertAccessible();
		browser.screenshot("assessment-summary");
		browser.press("Save area grades");
		browser.press("Complete and sign off");
		assertThat(browser.text(".govuk-notification-banner")).contains("Assessment completed and signed off");
		browser.assertAccessible();
		browser.screenshot("assessment-overview");

		// the child's voice, linked to the assessment
		browser.follow("Record the child's voice for this assessment");
		browser.assertAccessible();
		browser.choose("kind-WORDS");
		browser.press("Save");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter what the child said");
		browser.assertAccessible();
		browser.fillIn("words", "I like it when Dad reads to me");
		browser.fillIn("wishes", "More fruit in my lunch box");
		browser.fillIn("howGathered", "At the kitchen table, with a drawing of three houses");
		browser.choose("itemIds-nutrition");
		browser.press("Save");
		assertThat(browser.text("main")).contains("I like it when Dad reads to me");

		browser.visit("/children/" + childId + "/assessments/change");
		assertThat(browser.texts("tbody th")).contains("Physical care");
		browser.assertAccessible();
		browser.screenshot("assessment-change");
	}

	@Test
	void the_home_is_copied_from_a_sibling_and_a_designated_safeguarding_lead_countersigns() {
		String childId = jdbc.sql("""
				select c.id::text from child c
				join involvement i on i.child_id = c.id
				join practitioner p on p.id = i.practitioner_id and p.email = 'health.visitor@northbrook.example'
				where exists (select 1 from child s join assessment a on a.child_id = s.id and a.status = 'COMPLETED'
				              join involvement si on si.child_id = s.id and si.practitioner_id = p.id
				              where s.household_id = c.household_id and s.id <> c.id)
				order by c.family_name desc, c.given_name limit 1""")
			.query(String.class)
			.single();
		browser.signInAs("health.visitor");
		browser.visit("/children/" + childId + "/assessments/new");
		browser.press("Start assessment");
		browser.press("Save and continue");
		browser.follow("Copy the items about the home");
		browser.assertAccessible();
		browser.press("Copy items");
		assertThat(browser.text(".govuk-error-summary")).contains("Select an assessment of a brother or sister");
		browser.assertAccessible();
		// a draft may not have the home graded yet: copy from a completed one
		browser.choose(browser.firstId("input[name=source][data-status=COMPLETED]"));
		browser.press("Copy items");
		assertThat(browser.text(".govuk-notification-banner")).contains("Household items copied");
		assertThat(browser.text("main")).contains("Copied from a sibling's assessment", "1 of ");
		browser.visit("/children/" + childId + "/voice");
		browser.assertAccessible();
		browser.visit("/children/" + childId + "/assessments");
		browser.assertAccessible();
		browser.signOut();

		String completed = jdbc.sql("""
				select a.id::text from assessment a
				join involvement i on i.child_id = a.child_id
				join agency g on g.id = i.agency_id and g.code = 'SCH1'
				where a.status = 'COMPLETED' and a.countersigned_at is null
				order by a.assessed_on limit 1""")
			.query(String.class)
			.single();
		browser.signInAs("school.dsl");
		browser.visit("/assessments/" + completed + "/items/nutrition");
		assertThat(browser.text("main")).contains("Grade", "Evidence");
		browser.assertAccessible();
		browser.visit("/assessments/" + completed);
		browser.follow("Countersign");
		browser.assertAccessible();
		browser.fillIn("note", "Agreed; the review date is right");
		browser.press("Countersign");
		assertThat(browser.text(".govuk-notification-banner")).contains("Assessment countersigned");
		assertThat(browser.text("main")).contains("Agreed; the review date is right");
	}
}
