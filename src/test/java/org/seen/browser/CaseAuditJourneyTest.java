package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership analyst sets up a multi-agency case audit and its panel; the school's safeguarding
 * lead and the health visitor each grade the same case (one of them opening the child's record, read
 * only, through the audit); the analyst sees where they differ and the themes. Every page is checked
 * with axe-core.
 */
class CaseAuditJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	private String account(String username) {
		return jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
	}

	private List<String[]> questions() {
		return jdbc.sql("""
				select id::text, scale from audit_question where template_id = '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01'
				order by position""")
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("scale") })
			.list();
	}

	private void gradeAll(String firstGrade, String comment) {
		List<String[]> questions = questions();
		for (int i = 0; i < questions.size(); i++) {
			String[] q = questions.get(i);
			String grade = i == 0 ? firstGrade : q[1].equals("QUALITY") ? "GOOD" : "YES";
			browser.choose("grade-" + q[0] + "-" + grade);
		}
		if (comment != null) {
			browser.fillIn("comment-" + questions.get(0)[0], comment);
		}
	}

	@Test
	void an_analyst_sets_up_an_audit_two_agencies_grade_the_same_case_and_the_analyst_sees_the_themes() {
		browser.signInAs("analyst");
		browser.visit("/strategy/case-audits");
		browser.assertAccessible();
		browser.follow("Audit templates");
		browser.assertAccessible();
		browser.follow("Multi-agency neglect case audit");
		assertThat(browser.text("main")).contains("Was the child seen", "Make a copy");
		browser.assertAccessible();

		browser.visit("/strategy/case-audits");
		browser.follow("Set up an audit");
		browser.assertAccessible();
		browser.fillIn("sampleSize", "0");
		browser.press("Set up the audit and draw the sample");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter a title for the audit",
				"Number of cases must be from 1 to 50");
		browser.assertAccessible();
		browser.fillIn("title", "Journey audit: neglect and school attendance");
		browser.fillIn("sampleSize", "2");
		browser.fillIn("seed", "journey-seed-1");
		browser.press("Set up the audit and draw the sample");
		assertThat(browser.heading()).isEqualTo("Journey audit: neglect and school attendance");
		assertThat(browser.text("main")).contains("journey-seed-1", "Case 1", "No panel chosen yet");
		assertThat(browser.text("#sample-check")).contains("the sample is the same");
		browser.assertAccessible();
		String audit = browser.path();

		browser.followLinkTo("/panel");
		browser.assertAccessible();
		browser.press("Save the panel");
		assertThat(browser.text(".govuk-error-summary")).contains("Choose at least 2 auditors");
		browser.assertAccessible();
		browser.choose("auditor-" + account("school.dsl"));
		browser.choose("auditor-" + account("health.visitor"));
		browser.press("Save the panel");
		assertThat(browser.text("main")).contains("Panel saved");
		browser.assertAccessible();
		browser.follow("Case 1");
		assertThat(browser.text("main")).contains("No one on the panel has graded this case yet")
			.doesNotContain("Open the child's record");
		browser.assertAccessible();
		browser.signOut();

		// the school's safeguarding lead grades case 1, reading the child's record on the way
		browser.signInAs("school.dsl");
		browser.visit("/strategy/case-audits");
		browser.assertAccessible();
		browser.followLinkTo(audit);
		browser.assertAccessible();
		browser.follow("Case 1");
		browser.assertAccessible();
		browser.follow("Open the child's record");
		browser.assertAccessible();
		browser.visit(audit + "/cases/1/grade");
		browser.assertAccessible();
		browser.press("Save your grades");
		assertThat(browser.text(".govuk-error-summary")).contains("Select a grade for question 1");
		browser.assertAccessible();
		gradeAll("REQUIRES_IMPROVEMENT", null);
		browser.press("Save your grades");
		assertThat(browser.text(".govuk-error-summary")).contains("Say why question 1 was graded requires improvement");
		browser.assertAccessible();
		browser.fillIn("comment-" + questions().get(0)[0], "Seen at school, but not alone and not at home");
		browser.press("Save your grades");
		assertThat(browser.text("main")).contains("Your grades for case 1 are saved");
		browser.assertAccessible();
		browser.signOut();

		// the health visitor grades the same case differently, and records a finding and an action
		browser.signInAs("health.visitor");
		browser.visit(audit + "/cases/1");
		browser.follow("Grade this case");
		gradeAll("GOOD", null);
		browser.press("Save your grades");
		assertThat(browser.text("#grades")).contains("Auditors differ", "Requires improvement", "Good");
		browser.assertAccessible();
		browser.follow("Record a finding");
		browser.assertAccessible();
		browser.press("Save the finding");
		assertThat(browser.text(".govuk-error-summary")).contains("Select whether this is a strength");
		browser.assertAccessible();
		browser.choose("kind-AREA_FOR_IMPROVEMENT");
		browser.fillIn("text", "The child's views on home were not asked for at any review");
		browser.press("Save the finding");
		browser.follow("Record an action");
		browser.assertAccessible();
		java.time.LocalDate due = java.time.LocalDate.now().plusWeeks(8);
		browser.fillIn("what", "Ask every child of school age for their view before each review");
		browser.fillIn("owner", "Early help service manager");
		browser.fillIn("dueOn-day", String.valueOf(due.getDayOfMonth()));
		browser.fillIn("dueOn-month", String.valueOf(due.getMonthValue()));
		browser.fillIn("dueOn-year", String.valueOf(due.getYear()));
		browser.press("Save the action");
		assertThat(browser.text("main")).contains("The child's views on home", "Early help service manager");
		browser.assertAccessible();
		browser.signOut();

		// the analyst sees both grades side by side, then the themes
		browser.signInAs("analyst");
		browser.visit(audit + "/cases/1");
		assertThat(browser.text("#grades")).contains("Auditors differ");
		browser.assertAccessible();
		browser.screenshot("case-audit-case");
		browser.visit(audit);
		browser.assertAccessible();
		browser.visit("/strategy/case-audits/themes");
		assertThat(browser.text("main")).contains("Grades by question", "The child's views on home");
		browser.assertAccessible();
		browser.screenshot("case-audit-themes");
		browser.press("Show the period");
		browser.assertAccessible();
		browser.visit(audit);
		browser.press("Close the audit");
		assertThat(browser.text("main")).contains("Audit closed");
		browser.assertAccessible();
	}
}
