package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seen.insight.internal.dashboard.DashboardReturns;

/**
 * An analyst opens the neglect measures, breaks them down by sex, and downloads the CSV, the
 * workbook and the quarterly report; a manager sees the same page with small numbers withheld.
 * The returns are imported through the census API first. Every page is checked with axe-core.
 */
class DashboardJourneyTest extends BrowserJourney {

	static final String LEA = "921";

	private void importReturns() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String xml : List.of(DashboardReturns.earlier(LEA), DashboardReturns.latest(LEA))) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cin-returns"))
				.header("Authorization", "Bearer demo-analyst")
				.header("Content-Type", "application/xml")
				.POST(HttpRequest.BodyPublishers.ofString(xml))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}
	}

	@Test
	void an_analyst_breaks_the_measures_down_and_downloads_them() throws Exception {
		importReturns();
		browser.signInAs("analyst");
		browser.follow("Neglect measures from the Children in Need census");
		assertThat(browser.heading()).isEqualTo("Neglect measures");
		browser.assertAccessible();

		// the demo partnership's own return is shown first; choosing another local authority shows its
		// latest return, and then its years can be chosen
		browser.select("lea", LEA);
		browser.press("Show the measures");
		assertThat(browser.shows(".govuk-error-summary")).isFalse();
		browser.select("year", "2025");
		browser.press("Show the measures");
		assertThat(browser.text("main")).contains("LEA " + LEA + ", 2024-25").contains("You are seeing raw counts");
		assertThat(browser.text("#measure-referrals")).contains("2023-24").contains("2024-25");
		browser.assertAccessible();

		browser.select("breakdown", "sex");
		browser.press("Show the measures");
		assertThat(browser.path()).contains("breakdown=sex");
		assertThat(browser.text("#measure-cpp-open")).contains("Female").contains("Male").contains("Not known");
		assertThat(browser.texts("svg[role='img']")).hasSizeGreaterThan(20);
		assertThat(browser.text("#comparators")).contains("50.5%").contains("100.0%");
		browser.screenshot("dashboard-by-sex");
		browser.visit("/insight?lea=" + LEA + "&year=2025&breakdown=sex#measure-cpp-open");
		browser.screenshot("dashboard-bars");
		browser.visit("/insight?lea=" + LEA + "&year=2025#measure-referrals");
		browser.screenshot("dashboard-trend");
		browser.visit("/insight?lea=" + LEA + "&year=2025&breakdown=sex");
		browser.assertAccessible();

		String csv = browser.download(browser.href("download-csv"));
		assertThat(csv).startsWith("200 text/csv").contains("LEA,Collection year,Reference date");
		assertThat(browser.download(browser.href("download-xlsx")))
			.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(browser.download(browser.href("download-pdf"))).startsWith("200 application/pdf").contains("%PDF");

		// a filter that matches nothing comes back with the error summary
		browser.visit("/insight?lea=" + LEA + "&breakdown=shoe_size");
		assertThat(browser.text(".govuk-error-summary")).contains("Select a breakdown from the list");
		browser.assertAccessible();
	}

	@Test
	void a_manager_sees_small_numbers_withheld() throws Exception {
		importReturns();
		browser.signInAs("manager");
		browser.visit("/insight?lea=" + LEA + "&year=2025&breakdown=age_band");
		assertThat(browser.heading()).isEqualTo("Neglect measures");
		assertThat(browser.text("#suppression-note")).contains("Counts from 1 to 4 are shown as c");
		assertThat(browser.text("#count-referrals")).isEqualTo("c");
		assertThat(browser.text("#count-cpp-open")).isEqualTo("6");
		browser.assertAccessible();
	}
}
