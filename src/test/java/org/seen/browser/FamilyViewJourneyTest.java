package org.seen.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seen.family.TestFamilyPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A health visitor who leads a family's plan invites the mother with a printed code; the mother
 * signs in on her phone, reads her daughter's plan and says what she thinks of the help. The plan
 * comes from the test stand-in for the plans module. Every page is checked with axe-core.
 */
class FamilyViewJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToADesk() {
		browser.resizeTo(1280, 1000);
	}

	record Household(UUID child, UUID sibling, UUID mother) {
	}

	/** An invented household whose children the health visitor leads the plan for. */
	private Household household() {
		UUID household = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into household (id, name, created_at) values (?, 'Larkspur household', ?)").params(household, now).update();
		UUID child = UUID.randomUUID();
		UUID sibling = UUID.randomUUID();
		UUID mother = UUID.randomUUID();
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, household_id, created_at)
				values (?, 'Juniper', 'Larkspur', ?, 'FEMALE', ?, ?), (?, 'Bramble', 'Larkspur', ?, 'MALE', ?, ?)""")
			.params(child, LocalDate.now().minusYears(6), household, now, sibling, LocalDate.now().minusYears(2), household, now)
			.update();
		jdbc.sql("insert into adult (id, given_name, family_name, sex, household_id, created_at) values (?, 'Saffron', 'Larkspur', 'FEMALE', ?, ?)")
			.params(mother, household, now)
			.update();
		for (UUID each : new UUID[] { child, sibling }) {
			jdbc.sql("insert into relationship (id, child_id, adult_id, kind, parental_responsibility) values (?, ?, ?, 'MOTHER', true)")
				.params(UUID.randomUUID(), each, mother)
				.update();
			jdbc.sql("""
					insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
					select ?, ?, p.agency_id, p.id, p.team_id, 'LEAD_PROFESSIONAL', ?, ?
					from account a join practitioner p on p.id = a.practitioner_id where a.username = 'health.visitor'""")
				.params(UUID.randomUUID(), each, LocalDate.now().minusMonths(2), now)
				.update();
		}
		TestFamilyPlans.giveAPlanTo(jdbc, child);
		return new Household(child, sibling, mother);
	}

	@Test
	void a_lead_professional_invites_a_mother_who_reads_the_plan_on_her_phone_and_gives_feedback() {
		Household family = household();

		// the lead professional invites the mother, with a printed code to hand over
		browser.signInAs("health.visitor");
		browser.visit("/children/" + family.child());
		assertThat(browser.text("#family-access")).contains("No one in the family has been invited");
		browser.assertAccessible();
		browser.follow("Invite a family member to see the plan");
		assertThat(browser.heading()).isEqualTo("Invite a family member to see the plan");
		browser.assertAccessible();
		// the mother is the only adult recorded, so she is chosen with both her children; this plan is Juniper's only
		browser.choose("childIds-" + family.sibling());
		browser.press("Invite");
		assertThat(browser.text(".govuk-error-summary")).contains("Select how they will get their code");
		browser.assertAccessible();
		browser.choose("person-" + family.mother());
		browser.choose("delivery-PRINTED");
		browser.press("Invite");
		assertThat(browser.heading()).isEqualTo("Give them this code");
		browser.assertAccessible();
		String reference = browser.text("#reference");
		String code = browser.text("#code");
		assertThat(browser.text("#letter")).contains("Dear Saffron Larkspur", "/family/sign-in");
		browser.follow("Back to the child’s page");
		assertThat(browser.text("#family-access")).contains("Saffron Larkspur", reference, "Not signed in yet");
		browser.signOut();

		// the mother signs in on her phone
		browser.resizeTo(375, 812);
		browser.visit("/family/sign-in");
		browser.assertAccessible();
		assertThat(browser.fitsWidth()).as("the sign-in page fits a phone").isTrue();
		browser.signInAsFamily(reference, "wrong-code");
		assertThat(browser.text(".govuk-error-summary")).contains("The code is not right");
		browser.assertAccessible();
		browser.signInAsFamily(reference, code.toLowerCase());
		assertThat(browser.heading()).isEqualTo("Your family’s plans");
		assertThat(browser.texts("main a")).containsExactly("Juniper’s plan");
		browser.assertAccessible();

		browser.follow("Juniper’s plan");
		assertThat(browser.heading()).isEqualTo("Juniper’s plan");
		assertThat(browser.text("main")).contains("What is going well", "Breakfast is on the table before school every day.",
				"What needs to change", "Getting to school on time every day", "Who does what, by when",
				"Walk to school together each morning", "Next meeting", "Northbrook Family Hub")
			.doesNotContain("Grade", "chronology");
		assertThat(browser.fitsWidth()).as("the plan fits a phone, with nothing to scroll sideways").isTrue();
		browser.assertAccessible();
		browser.screenshot("family-plan-on-a-phone");

		// and says what she thinks of the help
		browser.follow("Give feedback");
		browser.assertAccessible();
		browser.fillIn("helping", "The walking bus in the mornings");
		browser.press("Send feedback");
		assertThat(browser.text(".govuk-error-summary")).contains("Select how helpful the support is");
		assertThat(browser.text("#helping")).isEqualTo("The walking bus in the mornings");
		browser.assertAccessible();
		browser.choose("helpfulness-4");
		browser.press("Send feedback");
		assertThat(browser.heading()).isEqualTo("Juniper’s plan");
		assertThat(browser.text(".govuk-notification-banner")).contains("Thank you");
		assertThat(browser.fitsWidth()).isTrue();
		browser.assertAccessible();

		// the brother's plan was not shared with her
		browser.visit("/family/children/" + family.sibling());
		assertThat(browser.text("main")).doesNotContain("Bramble");
		browser.visit("/family");
		browser.press("Sign out");
		assertThat(browser.path()).startsWith("/family/sign-in");

		// the lead professional reads the feedback on the child's page
		browser.resizeTo(1280, 1000);
		browser.signInAs("health.visitor");
		browser.visit("/children/" + family.child());
		assertThat(browser.text("#family-access")).contains("What the family said", "The walking bus in the mornings",
				"Last signed in");
		browser.assertAccessible();
	}
}
