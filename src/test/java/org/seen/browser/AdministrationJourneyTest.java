package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator sets up a new agency with a team and a practitioner, gives the practitioner
 * an account and an API token, and connects an agency's system; the new person signs in. Every
 * administration page, and every form with its errors showing, is checked with axe-core.
 */
class AdministrationJourneyTest extends BrowserJourney {

	private static final String PASSWORD = "willow-bridge-5813";

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_administrator_sets_up_an_agency_a_practitioner_and_their_account() {
		browser.signInAs("admin");
		browser.follow("Administration");
		assertThat(browser.heading()).isEqualTo("Administration");
		browser.assertAccessible();

		// an agency, shown first with every error
		browser.follow("Agencies");
		assertThat(browser.text("main")).contains("Northbrook Primary School");
		browser.assertAccessible();
		browser.follow("Add an agency");
		browser.assertAccessible();
		browser.press("Add agency");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter a code for the agency");
		browser.assertAccessible();
		browser.fillIn("name", "Ashdown Early Years Centre");
		browser.fillIn("code", "aeyc");
		browser.select("kind", "EARLY_YEARS");
		browser.press("Add agency");
		assertThat(browser.heading()).isEqualTo("Ashdown Early Years Centre");
		assertThat(browser.text(".govuk-notification-banner")).contains("Agency added");
		browser.assertAccessible();

		// a team
		browser.follow("Add a team");
		browser.assertAccessible();
		browser.press("Add team");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the team's name");
		browser.assertAccessible();
		browser.fillIn("name", "Family Room");
		browser.press("Add team");
		assertThat(browser.text("main")).contains("Family Room");

		// a practitioner in that team
		browser.follow("Add a practitioner");
		browser.assertAccessible();
		browser.fillIn("givenName", "Odette");
		browser.press("Add practitioner");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the practitioner's last name");
		browser.assertAccessible();
		browser.fillIn("familyName", "Quennell");
		browser.fillIn("jobTitle", "Early years practitioner");
		browser.fillIn("email", "odette.quennell@ashdown.example");
		browser.select("team", team("Family Room"));
		browser.press("Add practitioner");
		assertThat(browser.text("main")).contains("Odette Quennell").contains("Family Room");
		browser.screenshot("admin-agency");
		browser.assertAccessible();

		// and a change to their details; the form sends the administrator to Assessment tools,
		// where accreditation for a licensed tool is recorded
		browser.follow("Change");
		assertThat(browser.heading()).isEqualTo("Change a practitioner's details");
		browser.assertAccessible();
		assertThat(browser.shows("#tools")).isFalse();
		browser.follow("Assessment tools");
		assertThat(browser.heading()).isEqualTo("Assessment tools");
		browser.visit("/admin/practitioners/" + practitioner("Quennell"));
		browser.fillIn("jobTitle", "Senior early years practitioner");
		browser.press("Save changes");
		assertThat(browser.text(".govuk-notification-banner")).contains("Practitioner's details changed");
		assertThat(browser.text("main")).contains("Senior early years practitioner");

		// their account
		browser.visit("/admin/accounts");
		browser.assertAccessible();
		browser.follow("Add an account");
		browser.assertAccessible();
		browser.press("Add account");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter a username");
		browser.assertAccessible();
		browser.fillIn("username", "o.quennell");
		browser.fillIn("displayName", "Odette Quennell");
		browser.choose("role");
		browser.select("practitioner", practitioner("Quennell"));
		browser.fillIn("password", "too short");
		browser.press("Add account");
		assertThat(browser.text(".govuk-error-summary")).contains("at least 12 characters");
		browser.fillIn("password", "first-password-123");
		browser.press("Add account");
		assertThat(browser.heading()).isEqualTo("o.quennell");
		assertThat(browser.text(".govuk-notification-banner")).contains("Account added");
		browser.screenshot("admin-account");
		browser.assertAccessible();

		// a token, shown once, then revoked
		browser.press("Issue a token");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter a label for the token");
		browser.assertAccessible();
		browser.fillIn("label", "Tablet");
		browser.press("Issue a token");
		assertThat(browser.text("#token")).startsWith("seen_");
		browser.assertAccessible();
		browser.follow("Go to the account");
		browser.press("Revoke token Tablet");
		assertThat(browser.text(".govuk-notification-banner")).contains("Token revoked");

		// a new password
		browser.follow("Set a new password");
		browser.assertAccessible();
		browser.fillIn("password", "short");
		browser.press("Set password");
		assertThat(browser.text(".govuk-error-summary")).contains("at least 12 characters");
		browser.assertAccessible();
		browser.fillIn("password", PASSWORD);
		browser.press("Set password");
		assertThat(browser.text(".govuk-notification-banner")).contains("New password set");

		// the new person signs in with it
		browser.signOut();
		browser.signInAs("o.quennell", PASSWORD);
		assertThat(browser.text(".seen-signed-in")).contains("Odette Quennell").contains("Ashdown Early Years Centre");
	}

	@Test
	void an_administrator_connects_an_agency_system_and_disables_an_account() {
		browser.signInAs("admin");
		browser.visit("/admin/systems/new");
		browser.assertAccessible();
		browser.press("Connect system and issue token");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the agency whose system it is");
		browser.assertAccessible();
		browser.select("agency", agency("SCH2"));
		browser.fillIn("systemName", "St Aldwyn's pupil records");
		browser.fillIn("username", "system.st-aldwyns");
		browser.fillIn("label", "Live");
		browser.press("Connect system and issue token");
		assertThat(browser.text("#token")).startsWith("seen_");
		browser.screenshot("admin-token");
		browser.assertAccessible();
		browser.follow("Go to the account");
		assertThat(browser.text("main")).contains("Agency system").contains("cannot sign in");
		browser.assertAccessible();
		browser.press("Disable account");
		assertThat(browser.text(".govuk-notification-banner")).contains("Account disabled");
		browser.assertAccessible();
		browser.visit("/admin/accounts");
		assertThat(browser.text("main")).contains("system.st-aldwyns");
	}

	private String agency(String code) {
		return jdbc.sql("select id::text from agency where code = ?").param(code).query(String.class).single();
	}

	private String team(String name) {
		return jdbc.sql("select id::text from team where name = ?").param(name).query(String.class).single();
	}

	private String practitioner(String familyName) {
		return jdbc.sql("select id::text from practitioner where family_name = ?")
			.param(familyName)
			.query(String.class)
			.single();
	}
}
