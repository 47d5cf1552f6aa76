package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school disagrees with the front door's decision to close a request for service with advice
 * only: the teacher escalates it, it goes up to the managers, the partnership sees it on its list
 * without the child's name, and the early help manager resolves it with an outcome and learning.
 * Then a social worker looks at their supervision. Every page is checked with axe-core.
 */
class EscalationJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/** A demo child the teacher works with whom children's social care also knows. */
	private String childOfTheTeacherKnownToSocialCare() {
		return jdbc.sql("""
				select i.child_id::text from involvement i
				join practitioner p on p.id = i.practitioner_id and p.email = 'teacher@northbrook.example'
				where exists (select 1 from involvement j join agency a on a.id = j.agency_id
				              where j.child_id = i.child_id and a.code = 'CSC')
				order by i.child_id desc limit 1""")
			.query(String.class)
			.single();
	}

	private String agency(String code) {
		return jdbc.sql("select id::text from agency where code = ?").param(code).query(String.class).single();
	}

	@Test
	void a_teacher_escalates_a_front_door_decision_it_moves_up_and_a_manager_resolves_it() {
		String childId = childOfTheTeacherKnownToSocialCare();
		String childName = jdbc.sql("select given_name || ' ' || family_name from child where id = ?::uuid")
			.param(childId)
			.query(String.class)
			.single();
		browser.signInAs("teacher");
		browser.visit("/children/" + childId);
		assertThat(browser.text("#escalations-heading")).isEqualTo("Professional disagreements");
		browser.follow("Escalate a disagreement");
		assertThat(browser.heading()).isEqualTo("Escalate a disagreement");
		assertThat(browser.text(".govuk-warning-text")).contains("call the police on 999 or the front door now");
		browser.assertAccessible();

		// nothing chosen: every mistake is named
		browser.press("Raise the disagreement");
		assertThat(browser.text(".govuk-error-summary")).contains("Select what the disagreement is about",
				"Enter what your concern is", "Select the agency you disagree with");
		browser.assertAccessible();

		browser.choose("subject-FRONT_DOOR_DECISION");
		browser.fillIn("concern", "The request for service was closed with advice only; the child still comes to school hungry.");
		browser.fillIn("wanted", "A child and family assessment");
		browser.select("withAgency", agency("CSC"));
		browser.press("Raise the disagreement");
		assertThat(browser.text(".govuk-notification-banner")).contains("Disagreement raised as ESC-");
		assertThat(browser.text("main")).contains("1: Practitioner to practitioner", childName);
		browser.assertAccessible();
		String escalation = browser.path();
		String reference = browser.text("h1").replace("Disagreement ", "").replace("Open", "").strip();

		// the front door will not reopen it: up to the managers
		browser.follow("Not resolved: move it up");
		browser.assertAccessible();
		browser.press("Move it up");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter why it could not be resolved at this stage");
		browser.assertAccessible();
		browser.fillIn("handledBy", "Class teacher and front door social worker");
		browser.fillIn("reason", "The front door will not reopen the request for service");
		browser.press("Move it up");
		assertThat(browser.text(".govuk-notification-banner")).contains("Moved up to stage 2");
		browser.assertAccessible();
		browser.signOut();

		// the partnership's list: the reference and agencies, never the child's name
		browser.signInAs("analyst");
		browser.visit("/escalations");
		assertThat(browser.text("#main-content")).contains(reference, "Northbrook Primary School")
			.doesNotContain(childName);
		browser.assertAccessible();
		browser.signOut();

		browser.signInAs("manager");
		browser.visit(escalation);
		browser.assertAccessible();
		browser.follow("Record it as resolved");
		browser.assertAccessible();
		browser.press("Record as resolved");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the outcome");
		browser.assertAccessible();
		browser.choose("outcome-DECISION_CHANGED");
		browser.fillIn("outcomeDetail", "The front door will open a child and family assessment");
		browser.fillIn("learning", "Advice-only outcomes should tell the school what would change the decision");
		browser.press("Record as resolved");
		assertThat(browser.text("main")).contains("Resolved", "The decision was changed",
				"Advice-only outcomes should tell the school what would change the decision");
		browser.assertAccessible();
		browser.visit("/escalations");
		assertThat(browser.text("#main-content")).doesNotContain(reference);
		browser.assertAccessible();
	}

	@Test
	void a_social_worker_reads_their_supervision_and_asks_for_more() {
		browser.signInAs("social.worker");
		browser.visit("/supervision");
		assertThat(browser.heading()).isEqualTo("My supervision");
		browser.assertAccessible();
		String childId = jdbc.sql("select child_id::text from supervision_note order by held_on desc limit 1")
			.query(String.class)
			.single();
		browser.visit("/children/" + childId + "/supervision");
		browser.assertAccessible();
		browser.follow("Record a supervision note");
		browser.assertAccessible();
		browser.press("Save the note");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the manager who supervised you");
		browser.assertAccessible();
		browser.visit("/children/" + childId + "/supervision/stuck");
		browser.assertAccessible();
		String note = jdbc.sql("select id::text from supervision_note where child_id = ?::uuid order by held_on desc limit 1")
			.param(childId)
			.query(String.class)
			.single();
		browser.visit("/supervision/notes/" + note);
		assertThat(browser.text("main")).contains("Only the worker, their supervisor and auditors can read this note");
		browser.assertAccessible();
	}
}
