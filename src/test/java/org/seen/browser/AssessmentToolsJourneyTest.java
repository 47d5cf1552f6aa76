package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator uploads a tool definition with mistakes, reads every problem with its line,
 * uploads a good licensed tool, and accredits a practitioner to use it, then removes them. Every
 * page, and every form with its errors showing, is checked with axe-core.
 */
class AssessmentToolsJourneyTest extends BrowserJourney {

	private static final Path TOOLS = Path.of("src", "test", "resources", "tools-test");

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_administrator_uploads_a_licensed_tool_and_accredits_a_practitioner() {
		browser.signInAs("admin");
		browser.follow("Administration");
		browser.follow("Assessment tools");
		assertThat(browser.heading()).isEqualTo("Assessment tools");
		browser.assertAccessible();

		// a file with mistakes: every one is listed with its line, and nothing is stored
		browser.follow("Upload a tool");
		assertThat(browser.heading()).isEqualTo("Upload a tool");
		browser.assertAccessible();
		browser.press("Upload tool");
		assertThat(browser.text(".govuk-error-summary")).contains("Select a tool definition file to upload");
		browser.assertAccessible();
		browser.attach("file", TOOLS.resolve("several-problems.yaml"));
		browser.press("Upload tool");
		assertThat(browser.texts(".govuk-error-summary__list li")).hasSize(11)
			.contains("Line 2: version must be a whole number from 1 up", "Line 5: restricted must be true or false");
		assertThat(browser.text("#file-error")).contains("several-problems.yaml has 11 problems: nothing was stored");
		browser.screenshot("tool-upload-errors");
		browser.assertAccessible();

		// a good one
		browser.attach("file", TOOLS.resolve("restricted-tool-v1.yaml"));
		browser.press("Upload tool");
		assertThat(browser.heading()).isEqualTo("Assessment tools");
		assertThat(browser.text(".govuk-notification-banner")).contains("Test Licensed Profile version 1 uploaded");
		assertThat(browser.text("main")).contains("Test Licensed Profile").contains("Only accredited practitioners")
			.contains("Uploaded by admin");
		browser.screenshot("tools");
		browser.assertAccessible();

		// accrediting a practitioner for it
		browser.visit("/admin/tools/test-licensed-tool/accreditations");
		assertThat(browser.heading()).isEqualTo("Accredited practitioners");
		assertThat(browser.text("main")).contains("No practitioners are accredited for this tool");
		browser.assertAccessible();
		browser.press("Accredit practitioner");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the practitioner to accredit");
		browser.assertAccessible();
		browser.select("practitioner", practitioner("teacher"));
		browser.press("Accredit practitioner");
		assertThat(browser.text(".govuk-notification-banner")).contains("Practitioner accredited");
		String name = name("teacher");
		assertThat(browser.text(".govuk-table")).contains(name).contains("by admin");
		browser.screenshot("tool-accreditations");
		browser.assertAccessible();

		browser.press("Remove " + name);
		assertThat(browser.text(".govuk-notification-banner")).contains("Accreditation removed");
		assertThat(browser.text("main")).contains("No practitioners are accredited for this tool");
	}

	private String practitioner(String username) {
		return jdbc.sql("select practitioner_id::text from account where username = ?").param(username).query(String.class).single();
	}

	private String name(String username) {
		return jdbc.sql("""
				select trim(p.given_name || ' ' || p.family_name) from practitioner p
				join account a on a.practitioner_id = p.id where a.username = ?""")
			.param(username)
			.query(String.class)
			.single();
	}
}
