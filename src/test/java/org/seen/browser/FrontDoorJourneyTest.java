package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A health visitor records a family's consent to early help, decides targeted early help, then
 * steps the baby up to the front door; the front door sees the referral in its queue with the time
 * waited in working hours and decides a child and family assessment; the health visitor reads the
 * decision. Every page is checked with axe-core.
 */
class FrontDoorJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_health_visitor_steps_up_to_the_front_door_and_reads_its_decision() {
		String childId = jdbc.sql("""
				select c.id::text from child c
				join involvement i on i.child_id = c.id
				join practitioner p on p.id = i.practitioner_id and p.email = 'health.visitor@northbrook.example'
				where not exists (select 1 from involvement s join agency a on a.id = s.agency_id
				                  where s.child_id = c.id and a.kind = 'CHILDRENS_SOCIAL_CARE')
				  and not exists (select 1 from front_door_referral r where r.child_id = c.id)
				  and exists (select 1 from relationship r where r.child_id = c.id)
				order by c.family_name, c.given_name limit 1""")
			.query(String.class)
			.single();
		String name = jdbc.sql("select given_name || ' ' || family_name from child where id = ?::uuid")
			.param(childId)
			.query(String.class)
			.single();
		browser.signInAs("health.visitor");
		browser.visit("/children/" + childId + "/pathway");
		browser.assertAccessible();

		// consent, from a parent
		browser.follow("Record consent");
		browser.assertAccessible();
		browser.fillIn("purpose", "");
		browser.press("Record consent");
		assertThat(browser.text(".govuk-error-summary")).contains("Select who gave consent", "Enter what the family consented to");
		browser.assertAccessible();
		browser.choose(browser.firstId("input[name=givenBy]"));
		browser.fillIn("purpose", "Sharing information between health visiting, the GP and children's services; an early help plan");
		browser.choose("how-WRITTEN");
		browser.press("Record consent");
		assertThat(browser.text(".govuk-notification-banner")).contains("Consent to early help recorded");

		// targeted early help
		browser.follow("Decide the level of need");
		browser.choose("level-TARGETED_EARLY_HELP");
		browser.fillIn("rationale", "Weight falling across three weighings; Mum low in mood; housing disrepair");
		browser.fillIn("differentReason", "Several agencies are needed around the family");
		browser.press("Record the decision");
		assertThat(browser.text("#current-level")).contains("Level 3: targeted early help");

		// step up
		browser.follow("Step up to the front door");
		assertThat(browser.heading()).isEqualTo("Step up to the front door");
		assertThat(browser.text("main")).contains("What goes with the referral", "Open alerts", "Chronology");
		browser.assertAccessible();
		browser.screenshot("front-door-step-up");
		browser.press("Step up and send the referral");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter why you are referring the child",
				"Enter what the family knows");
		browser.assertAccessible();
		browser.fillIn("reason", "No change after three reviews: weight still falling and the home is cold");
		browser.fillIn("familyKnows", "Mum knows and agrees; Dad was told by phone");
		browser.press("Step up and send the referral");
		assertThat(browser.text(".govuk-notification-banner")).contains("Stepped up");
		assertThat(browser.text("#waiting")).contains("working hour");
		browser.assertAccessible();
		String referral = browser.path();
		browser.signOut();

		// the front door
		browser.signInAs("front.door");
		browser.visit("/front-door");
		assertThat(browser.text("#queue")).contains(name, "Step-up", "working hour");
		browser.assertAccessible();
		browser.screenshot("front-door-queue");
		browser.visit(referral);
		assertThat(browser.text("main")).contains("No change after three reviews", "What the referrer saw");
		browser.assertAccessible();
		browser.follow("Record the decision");
		browser.assertAccessible();
		browser.press("Record and send to the referrer");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the decision", "Enter the reasons");
		browser.assertAccessible();
		browser.choose("decision-CHILD_AND_FAMILY_ASSESSMENT");
		browser.fillIn("rationale", "Faltering growth despite early help: a social worker will assess under section 17");
		browser.press("Record and send to the referrer");
		assertThat(browser.text("#decision")).contains("Child and family assessment (s17)");
		browser.signOut();

		// back to the referrer
		browser.signInAs("health.visitor");
		browser.visit(referral);
		assertThat(browser.text("#decision")).contains("Child and family assessment (s17)", "Priya Vance");
		assertThat(browser.text("#decision-rationale")).contains("a social worker will assess under section 17");
		browser.assertAccessible();
		browser.screenshot("front-door-decision");
	}
}
