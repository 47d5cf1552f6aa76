package org.seen.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInJourneyTest extends BrowserJourney {

	@Test
	void sign_in_page_lists_the_demo_accounts_and_is_accessible() {
		browser.visit("/");

		assertThat(browser.path()).startsWith("/sign-in");
		assertThat(browser.heading()).isEqualTo("Sign in to Seen");
		assertThat(browser.texts(".govuk-grid-column-one-third li")).containsExactlyInAnyOrder("teacher",
				"school.dsl", "health.visitor", "police.officer", "social.worker", "front.door", "manager", "admin",
				"analyst", "auditor");
		browser.screenshot("sign-in");
		browser.assertAccessible();
	}

	@Test
	void a_wrong_password_shows_the_error_summary_and_the_page_stays_accessible() {
		browser.signInAs("teacher", "not-the-password");

		assertThat(browser.path()).startsWith("/sign-in");
		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem",
				"Enter a correct username and password");
		assertThat(browser.text(".govuk-error-message")).contains("Enter a correct username and password");
		browser.screenshot("sign-in-error");
		browser.assertAccessible();
	}

	@Test
	void a_teacher_signs_in_to_the_home_page_of_the_demo_and_signs_out_again() {
		browser.signInAs("teacher");

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(".govuk-phase-banner")).contains("Demo", "Every person, family and record in it is invented");
		assertThat(browser.text(".seen-signed-in")).startsWith("Signed in as ");
		assertThat(browser.text(".seen-signed-in strong")).isEqualTo("Amira Castell");
		browser.screenshot("home-teacher");
		browser.assertAccessible();

		browser.signOut();

		assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
		assertThat(browser.text(".govuk-notification-banner")).contains("You have signed out.");
		browser.assertAccessible();
		browser.visit("/");
		assertThat(browser.path()).startsWith("/sign-in");
	}
}
