package org.seen.strategy.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seen.web.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The quarterly report as the subgroup receives it: a PDF whose text is checked, for readers only, audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QuarterlyReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuarterlyReport report;

	private MockHttpServletRequestBuilder as(String who, String path) {
		return get(path).with(user(accounts.loadUserByUsername(who)));
	}

	private String lastEnded() {
		return report.choices().get(0).key();
	}

	@Test
	void the_report_is_a_pdf_of_the_chosen_quarter_with_its_measures() throws Exception {
		// the last quarter that has ended: the demo partnership completed a case audit in it
		ReportQuarter quarter = report.choices().get(0);
		byte[] pdf = mvc.perform(as("manager", "/strategy/report.pdf?quarter=" + quarter.key()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(quarter.key())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> pages = PdfText.pages(pdf);
		String all = String.join(" ", pages);
		assertThat(pages.get(0)).contains("Neglect: quarterly report", "To the quality and performance subgroup",
				quarter.label(), "OFFICIAL");
		assertThat(all).contains("1. Measures", "Children on a plan with neglect as the initial category",
				"Plans started");
		assertThat(all).contains("Counts from 1 to 4 are shown as c", "The action plan", "Priority 1:", "Key performance indicator",
				"Multi-agency case audits", "Grades by question",
				"Training", "Practitioners trained (each counted once)", "What families and practitioners said",
				"Learning from reviews", "Recommendations by status");
	}

	@Test
	void printing_the_report_is_audited_as_an_export() throws Exception {
		int before = exports();
		mvc.perform(as("analyst", "/strategy/report.pdf")).andExpect(status().isOk());
		assertThat(exports()).isEqualTo(before + 1);
	}

	@Test
	void only_the_subgroups_readers_may_print_it() throws Exception {
		mvc.perform(as("teacher", "/strategy/report")).andExpect(status().isForbidden());
		mvc.perform(as("teacher", "/strategy/report.pdf")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/strategy/report").header("Authorization", "Bearer demo-social.worker"))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_quarter_that_does_not_exist_is_explained_on_the_page() throws Exception {
		mvc.perform(as("analyst", "/strategy/report.pdf?quarter=2026-28-Q9"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/strategy/report?quarter=2026-28-Q9"));
		String html = mvc.perform(as("analyst", "/strategy/report?quarter=2026-28-Q9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("govuk-error-summary", "Choose a quarter from the list", "<title>Error: ");
	}

	@Test
	void the_api_gives_the_contents_and_names_a_bad_quarter() throws Exception {
		mvc.perform(get("/api/v1/strategy/report?quarter=" + lastEnded()).header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarter.financialYear").isNumber())
			.andExpect(jsonPath("$.measures[0].key").isString());
		mvc.perform(get("/api/v1/strategy/report?quarter=last").header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("quarter"));
	}

	@Test
	void the_api_refuses_a_practitioner_before_reading_the_quarter_and_a_quarter_not_yet_ended() throws Exception {
		mvc.perform(get("/api/v1/strategy/report?quarter=nonsense").header("Authorization", "Bearer demo-teacher"))
			.andExpect(status().isForbidden());
		ReportQuarter running = ReportQuarter.holding(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
		mvc.perform(get("/api/v1/strategy/report?quarter=" + running.key()).header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("quarter"));
	}

	private int exports() {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'QUARTERLY_REPORT' and action = 'EXPORT'")
			.query(Integer.class)
			.single();
	}
}
