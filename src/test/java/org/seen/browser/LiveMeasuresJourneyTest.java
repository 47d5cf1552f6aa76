package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership analyst reads the live measures, uploads a deprivation lookup with mistakes,
 * reads every bad line, then uploads a good one. A manager sees the same page with small numbers
 * withheld and no upload. Every page, and the form with its errors, is checked with axe-core.
 */
class LiveMeasuresJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_analyst_reads_the_live_measures_and_replaces_the_deprivation_lookup() throws IOException {
		browser.signInAs("analyst");
		browser.visit("/insight/live");
		assertThat(browser.heading()).isEqualTo("Live measures");
		// a chart for each measure Seen records, named by its title
		assertThat(browser.texts("svg[role=img][aria-labelledby] > title")).hasSize(10);
		assertThat(browser.shows("svg[aria-labelledby^='neglect_identified-chart-title'] > title#neglect_identified-chart-title"))
			.isTrue();
		assertThat(browser.text("main")).contains("Plans drifting").contains("Deprivation")
			.contains("Referrals to the front door, by deprivation decile")
			.contains("The lookup holds 38 postcodes");
		browser.screenshot("live-measures");
		browser.assertAccessible();

		browser.follow("Upload a deprivation lookup");
		assertThat(browser.heading()).isEqualTo("Upload a deprivation lookup");
		browser.assertAccessible();
		browser.press("Upload lookup");
		assertThat(browser.text(".govuk-error-summary")).contains("Select a CSV file");
		browser.assertAccessible();

		Path bad = Files.createTempFile("lookup-with-mistakes", ".csv");
		Files.writeString(bad, """
				postcode,lsoa,imd_decile
				NB1 1AA,E01999001,1
				NB1 1XX1,E01999001,2
				NB1 2AB,E01999001,11
				nb11aa,E01999001,1
				""");
		browser.attach("file", bad);
		browser.press("Upload lookup");
		assertThat(browser.texts(".govuk-error-summary__list li")).containsExactly(
				"Line 3: Postcode \"NB1 1XX1\" is not a valid UK postcode",
				"Line 4: IMD decile \"11\" must be a whole number from 1 (most deprived) to 10 (least deprived)",
				"Line 5: Postcode NB1 1AA is already on line 2: each postcode may appear once");
		assertThat(browser.text("#file-error")).contains("has 3 problems: nothing was stored");
		assertThat(jdbc.sql("select count(*) from deprivation_postcode").query(Long.class).single()).isEqualTo(38L);
		browser.screenshot("deprivation-upload-errors");
		browser.assertAccessible();

		Path good = Files.createTempFile("lookup", ".csv");
		Files.writeString(good, new String(getClass().getResourceAsStream("/insight/demo-imd-lookup.csv").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8) + "NB7 7AB,E01999201,5\n");
		browser.attach("file", good);
		browser.press("Upload lookup");
		assertThat(browser.heading()).isEqualTo("Live measures");
		assertThat(browser.text(".govuk-notification-banner")).contains("39 postcodes replace the lookup");
		assertThat(browser.text("main")).contains("The lookup holds 39 postcodes").contains("by analyst");
		browser.assertAccessible();
	}

	@Test
	void a_manager_sees_small_numbers_withheld_and_cannot_upload() {
		browser.signInAs("manager");
		browser.visit("/insight/live");
		assertThat(browser.heading()).isEqualTo("Live measures");
		assertThat(browser.text("main")).contains("Numbers from 1 to 4 are shown as c");
		assertThat(browser.shows("a[href='/insight/deprivation']")).isFalse();
		browser.assertAccessible();
		browser.visit("/insight/live#neglect_identified");
		browser.screenshot("live-measures-chart");
		browser.visit("/insight/deprivation");
		assertThat(browser.heading()).isEqualTo("You cannot use this page");
	}
}
