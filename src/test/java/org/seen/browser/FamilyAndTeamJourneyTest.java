package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A class teacher keeps a child's record up to date: the child's details, a father who was not
 * known, a school nurse brought into the team around the child, and a wrong chronology entry
 * corrected and another removed. Every page is checked with axe-core.
 */
class FamilyAndTeamJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	private String teachersChild() {
		return jdbc.sql("""
				select c.id::text from child c join involvement i on i.child_id = c.id
				join practitioner p on p.id = i.practitioner_id and p.email = 'teacher@northbrook.example'
				order by c.family_name, c.given_name limit 1""")
			.query(String.class)
			.single();
	}

	@Test
	void a_teacher_updates_the_family_the_team_and_the_chronology() {
		String child = "/children/" + teachersChild();
		browser.signInAs("teacher");

		browser.visit(child + "/edit");
		browser.assertAccessible();
		browser.fillIn("nhsNumber", "123");
		browser.press("Save changes");
		assertThat(browser.text(".govuk-error-summary")).contains("NHS number must be 10 digits");
		browser.assertAccessible();

		browser.visit(child + "/adults/new");
		browser.assertAccessible();
		browser.fillIn("givenName", "Declan");
		browser.fillIn("familyName", "Okafor-Reeve");
		browser.choose("sex-MALE");
		browser.select("kind", "FATHER");
		browser.choose("factor-SUBSTANCE_MISUSE");
		browser.press("Add adult");
		assertThat(browser.text("main")).contains("Declan Okafor-Reeve", "Substance misuse");
		browser.assertAccessible();

		browser.visit(child + "/involvement/new");
		browser.assertAccessible();
		browser.press("Add practitioner");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the practitioner");
		browser.assertAccessible();
		String nurse = jdbc.sql("select id::text from practitioner where email = 'ed.nurse@northbrook.example'")
			.query(String.class)
			.single();
		browser.select("practitioner", nurse);
		browser.press("Add practitioner");
		assertThat(browser.text("main")).contains("Callum Sayle");
		browser.follow("involvement of Callum Sayle");
		browser.assertAccessible();
		browser.fillIn("reason", "Hospital follow-up finished");
		browser.press("Confirm");
		assertThat(browser.text(".govuk-notification-banner")).contains("Involvement ended");

		String entry = jdbc.sql("""
				select e.id::text from chronology_event e join agency a on a.id = e.agency_id and a.code = 'SCH1'
				where e.child_id = ?::uuid and e.removed_at is null order by e.occurred_on desc limit 1""")
			.param(child.substring("/children/".length()))
			.query(String.class)
			.single();
		browser.visit(child + "/events/" + entry);
		browser.assertAccessible();
		browser.follow("Correct this entry");
		browser.assertAccessible();
		browser.visit(child + "/events/" + entry + "/remove");
		browser.assertAccessible();
		browser.press("Remove entry");
		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem");
		browser.assertAccessible();
		browser.fillIn("reason", "Recorded against the wrong child");
		browser.press("Remove entry");
		browser.assertAccessible();
	}
}
