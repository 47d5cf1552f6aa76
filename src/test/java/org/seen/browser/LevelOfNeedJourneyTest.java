package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A class teacher decides a pupil's level of need, differing from Seen's suggestion and saying
 * why; the school's designated safeguarding lead countersigns. Every page is checked with axe-core.
 */
class LevelOfNeedJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_teacher_decides_a_level_other_than_suggested_with_a_reason_and_the_dsl_countersigns() {
		String childId = jdbc.sql("""
				select c.id::text from child c
				join involvement i on i.child_id = c.id
				join practitioner p on p.id = i.practitioner_id and p.email = 'teacher@northbrook.example'
				order by c.family_name, c.given_name limit 1""")
			.query(String.class)
			.single();
		browser.signInAs("teacher");
		browser.visit("/children/" + childId);
		assertThat(browser.text("#pathway-heading")).isEqualTo("Level of need");
		browser.follow("Level of need and pathway");
		assertThat(browser.text("#suggested-level")).contains("Suggested because:");
		browser.assertAccessible();
		browser.screenshot("pathway-page");

		browser.follow("Decide the level of need");
		assertThat(browser.heading()).isEqualTo("Decide the level of need");
		assertThat(browser.text("#suggestion")).contains("Seen suggests", "Suggested because:");
		browser.assertAccessible();
		// the suggested level is chosen already: pick another
		String other = browser.firstId("input[name=level]:not(:checked)");
		browser.choose(other);
		browser.fillIn("rationale", "Lunch often missing and the uniform unwashed for weeks; Dad says money is short");
		browser.press("Record the decision");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter why you decided");
		assertThat(browser.text("#rationale")).contains("Lunch often missing");
		browser.assertAccessible();
		browser.fillIn("differentReason", "What I see day to day at school weighs more than the last assessment");
		browser.press("Record the decision");
		assertThat(browser.text(".govuk-notification-banner")).contains("Level of need recorded");
		assertThat(browser.text("#history")).contains("What I see day to day at school", "Seen suggested");
		browser.assertAccessible();
		browser.signOut();

		String decision = jdbc.sql("select id::text from level_decision where child_id = ?::uuid order by decided_at desc limit 1")
			.param(childId)
			.query(String.class)
			.single();
		browser.signInAs("school.dsl");
		browser.visit("/level-decisions/" + decision + "/countersign");
		assertThat(browser.text("main")).contains("Lunch often missing", "What I see day to day at school");
		browser.assertAccessible();
		browser.fillIn("note", "Agreed: review at the end of term");
		browser.press("Countersign");
		assertThat(browser.text(".govuk-notification-banner")).contains("Level of need countersigned");
		assertThat(browser.text("#current-level")).contains("countersigned by Owen Pritchard");
		assertThat(browser.text("#history")).contains("Agreed: review at the end of term");
		browser.assertAccessible();
		browser.screenshot("pathway-countersigned");
	}
}
