package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A teacher answers the partnership's open survey (once: a second try is refused), enters a
 * family's printed feedback form after a mistake, and gives feedback on support; the analyst reads
 * the feedback summary with its comments and the survey's results. Every page is checked with axe-core.
 */
class FeedbackJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_practitioner_answers_the_survey_and_enters_a_printed_form() {
		browser.signInAs("teacher");
		browser.visit("/strategy/surveys");
		assertThat(browser.heading()).isEqualTo("Practitioner surveys");
		browser.assertAccessible();
		browser.follow("Answer: Practitioner confidence survey");
		assertThat(browser.text(".govuk-inset-text")).contains("Your answers are anonymous");
		browser.assertAccessible();
		browser.choose("q1-7");
		browser.press("Send my answers");
		assertThat(browser.text(".govuk-error-summary")).contains(
				"Answer question 2: How confident are you in using the graded neglect assessment?");
		browser.assertAccessible();
		browser.choose("q2-6");
		browser.choose("q3-8");
		browser.press("Send my answers");
		assertThat(browser.text(".govuk-notification-banner")).contains("Your answers have been recorded anonymously");
		assertThat(browser.text("#main-content")).contains("you have answered this survey");
		browser.assertAccessible();

		browser.visit("/strategy/feedback");
		assertThat(browser.heading()).isEqualTo("Feedback on support");
		browser.assertAccessible();
		browser.follow("Enter a family's printed feedback form");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		browser.fillIn("givenOn-day", String.valueOf(today.getDayOfMonth()));
		browser.fillIn("givenOn-month", String.valueOf(today.getMonthValue()));
		browser.fillIn("givenOn-year", String.valueOf(today.getYear()));
		browser.fillIn("helping", "The health visitor came every week");
		browser.press("Enter the form");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the agency whose support the form is about",
				"Select how helpful the family found the support");
		browser.assertAccessible();
		browser.select("agencyId", jdbc.sql("select id::text from agency where code = 'HV'").query(String.class).single());
		browser.choose("helpfulness-5");
		browser.press("Enter the form");
		assertThat(browser.text(".govuk-notification-banner")).contains("Printed form entered");

		browser.follow("Give feedback on support you received");
		browser.assertAccessible();
		browser.choose("service-TRAINING");
		browser.choose("rating-4");
		browser.fillIn("helped", "Practical examples");
		browser.press("Give feedback");
		assertThat(browser.text(".govuk-notification-banner")).contains("Feedback given");
		browser.assertAccessible();

		browser.signOut();
		browser.signInAs("analyst");
		browser.visit("/strategy/feedback/summary");
		assertThat(browser.text("#by-source")).contains("Families, on a printed form", "Practitioners");
		assertThat(browser.texts("#comments-helping li")).contains("The health visitor came every week");
		browser.assertAccessible();
		browser.visit("/strategy/surveys");
		browser.follow("Practitioner confidence survey");
		assertThat(browser.text("#main-content")).contains("How confident are you in recognising neglect?");
		browser.assertAccessible();
	}
}
