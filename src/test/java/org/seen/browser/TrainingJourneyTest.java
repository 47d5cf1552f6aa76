package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership's analyst records a training session: adds a course (after a mistake), a session
 * this financial year and who attended with their confidence, then reads the year's figures with
 * the chart. A safeguarding lead reads the same figures. Every page is checked with axe-core.
 */
class TrainingJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_analyst_records_a_session_with_attendance_and_sees_the_years_totals() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		int startYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);

		browser.signInAs("analyst");
		browser.visit("/strategy/training");
		assertThat(browser.heading()).isEqualTo("Training");
		assertThat(browser.texts("table a")).contains("Neglect: recognising and responding");
		browser.assertAccessible();

		browser.follow("Add a course");
		browser.press("Add the course");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the course title",
				"Select whether it is single-agency or multi-agency", "Select whether it is face to face or e-learning");
		browser.assertAccessible();
		browser.fillIn("title", "Neglect in adolescence (journey)");
		browser.choose("reach-MULTI_AGENCY");
		browser.choose("delivery-FACE_TO_FACE");
		browser.fillIn("topics", "Adolescent neglect, exploitation");
		browser.press("Add the course");
		assertThat(browser.heading()).isEqualTo("Neglect in adolescence (journey)");
		browser.assertAccessible();

		browser.follow("Add a session");
		browser.fillIn("heldOn-day", String.valueOf(today.getDayOfMonth()));
		browser.fillIn("heldOn-month", String.valueOf(today.getMonthValue()));
		browser.fillIn("heldOn-year", String.valueOf(today.getYear()));
		browser.fillIn("trainer", "Partnership trainer");
		browser.fillIn("venue", "Town Hall, Room 3");
		browser.fillIn("places", "twenty");
		browser.press("Add the session");
		assertThat(browser.text(".govuk-error-summary")).contains("Places must be a whole number from 1 to 1000");
		browser.assertAccessible();
		browser.fillIn("places", "20");
		browser.press("Add the session");
		assertThat(browser.heading()).startsWith("Session on");
		assertThat(browser.text("#main-content")).contains("No one on the register yet.");
		browser.assertAccessible();

		browser.select("practitionerId",
				jdbc.sql("select practitioner_id::text from account where username = 'teacher'").query(String.class).single());
		browser.choose("attended-yes");
		browser.fillIn("confidenceBefore", "4");
		browser.fillIn("confidenceAfter", "11");
		browser.press("Add to the register");
		assertThat(browser.text(".govuk-error-summary")).contains("Confidence after must be between 1 and 10");
		browser.assertAccessible();
		browser.fillIn("confidenceAfter", "8");
		browser.press("Add to the register");
		assertThat(browser.text(".govuk-notification-banner")).contains("Amira Castell added to the register");

		browser.fillIn("name", "Journey Attendee");
		browser.select("agencyId", jdbc.sql("select id::text from agency where code = 'HOUS'").query(String.class).single());
		browser.choose("attended-yes");
		browser.press("Add to the register");
		assertThat(browser.texts("table td")).contains("Amira Castell", "Journey Attendee", "Northbrook Homes");
		browser.assertAccessible();

		browser.visit("/strategy/training/totals?year=" + year);
		assertThat(browser.heading()).isEqualTo(year);
		assertThat(browser.text("#practitioners-trained")).matches("\\d+|c");
		assertThat(browser.shows("svg[role=img]")).isTrue();
		assertThat(browser.text("#main-content")).contains("Practitioners trained by agency kind");
		browser.assertAccessible();
		browser.screenshot("training-totals");

		browser.signOut();
		browser.signInAs("school.dsl");
		browser.visit("/strategy/training/totals?year=" + year);
		assertThat(browser.heading()).isEqualTo(year);
		browser.assertAccessible();
	}
}
