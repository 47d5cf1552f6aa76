package org.seen.insight.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.seen.insight.internal.Suppression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The live measures' API, page and CSV: their shape, what each role is shown, and the audit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LiveApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	private String live(String who, String query) throws Exception {
		return mvc.perform(get("/api/v1/insight/live" + query).header("Authorization", "Bearer demo-" + who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void the_api_gives_eight_quarters_of_every_measure_with_breakdowns_and_those_not_recorded_say_so() throws Exception {
		mvc.perform(get("/api/v1/insight/live").header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suppressed").value(false))
			.andExpect(jsonPath("$.quarters", hasSize(8)))
			.andExpect(jsonPath("$.quarters[7].complete").value(false))
			.andExpect(jsonPath("$.measures.assessments_completed.label").value("Assessments completed"))
			.andExpect(jsonPath("$.measures.assessments_completed.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.assessments_neglect_identified.measure").value("neglect_identified"))
			.andExpect(jsonPath("$.measures.neglect_identified_physical.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.children_heard.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.alerts_raised.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.concern_to_assessment_median_days.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.plans_drifting.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.referrals_made.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.plans_started.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.step_downs_with_plan.values", hasSize(8)))
			.andExpect(jsonPath("$.measures.escalations_raised.measure").value("escalations"))
			.andExpect(jsonPath("$.breakdowns.referrals_made.imd_decile.1").exists())
			.andExpect(jsonPath("$.breakdowns.plans_started.imd_decile.not_known").exists())
			.andExpect(jsonPath("$.breakdowns.assessments_neglect_identified.imd_decile.1").exists())
			.andExpect(jsonPath("$.breakdowns.assessments_neglect_identified.age_band.under_1").exists())
			.andExpect(jsonPath("$.breakdowns.children_heard.period").value("latest quarter"))
			.andExpect(jsonPath("$.breakdowns.children_heard.sex.female").exists());
		String body = live("analyst", "?quarters=3");
		List<String> labels = JsonPath.read(body, "$.quarters[*].label");
		assertThat(labels).hasSize(3);
		assertThat(labels.get(2)).isEqualTo(Quarter.holding(LocalDate.now(java.time.ZoneId.of("Europe/London"))).label());
	}

	@Test
	void everyone_but_analysts_sees_counts_from_1_to_4_as_c_and_the_rest_unchanged() throws Exception {
		String raw = live("analyst", "");
		String withheld = live("manager", "");
		assertThat((Boolean) JsonPath.read(withheld, "$.suppressed")).isTrue();
		Map<String, Map<String, Object>> rawMeasures = JsonPath.read(raw, "$.measures");
		int compared = 0;
		int small = 0;
		for (String key : rawMeasures.keySet()) {
			if (!rawMeasures.get(key).containsKey("values") || key.endsWith("_median_days")) {
				continue;
			}
			List<Object> rawValues = JsonPath.read(raw, "$.measures." + key + ".values");
			List<Object> shown = JsonPath.read(withheld, "$.measures." + key + ".values");
			for (int i = 0; i < rawValues.size(); i++) {
				long n = ((Number) rawValues.get(i)).longValue();
				assertThat(shown.get(i)).as("%s quarter %d", key, i).isEqualTo(Suppression.small(n) ? "c" : rawValues.get(i));
				compared++;
				small += Suppression.small(n) ? 1 : 0;
			}
		}
		assertThat(compared).isGreaterThan(50);
		// the demo partnership has few records a quarter, so some figures are small
		assertThat(small).isPositive();
		Map<String, Object> rawDeciles = JsonPath.read(raw, "$.breakdowns.assessments_completed.imd_decile");
		Map<String, Object> shownDeciles = JsonPath.read(withheld, "$.breakdowns.assessments_completed.imd_decile");
		rawDeciles.forEach((decile, value) -> assertThat(shownDeciles.get(decile))
			.isEqualTo(Suppression.small(((Number) value).longValue()) ? "c" : value));
	}

	@Test
	void a_bad_number_of_quarters_is_refused_naming_the_parameter() throws Exception {
		for (String quarters : List.of("0", "21", "eight")) {
			mvc.perform(get("/api/v1/insight/live?quarters=" + quarters).header("Authorization", "Bearer demo-analyst"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("quarters"));
		}
	}

	@Test
	void reading_is_audited_without_a_child() throws Exception {
		long before = audited("auditor");
		live("auditor", "");
		assertThat(audited("auditor")).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry
				where username = 'auditor' and record_type = 'LIVE_MEASURES' and child_id is not null""")
			.query(Long.class)
			.single()).isZero();
	}

	private long audited(String username) {
		return jdbc.sql("select count(*) from audit_entry where username = ? and record_type = 'LIVE_MEASURES' and action = 'VIEW'")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void the_page_draws_each_measure_as_an_accessible_chart_beside_its_table() throws Exception {
		String page = mvc.perform(get("/insight/live").with(user(accounts.loadUserByUsername("manager"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<svg").contains("role=\"img\"").contains("aria-labelledby=\"neglect_identified-chart-title")
			.contains("shown as <strong>c</strong>")
			.contains("Referrals to the front door, by deprivation decile")
			.contains("Team Around the Family plans started, by deprivation decile")
			.contains("Assessments where neglect is identified, by deprivation decile")
			.doesNotContain("style=\"")
			.doesNotContain("Upload a deprivation lookup");
		assertThat(page.split("<svg", -1)).hasSize(11);
		String analysts = mvc.perform(get("/insight/live").with(user(accounts.loadUserByUsername("analyst"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(analysts).contains("Upload a deprivation lookup").doesNotContain("shown as <strong>c</strong>");
	}

	@Test
	void the_csv_has_a_row_per_series_and_is_audited_as_an_export() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry where username = 'manager' and action = 'EXPORT' and record_type = 'LIVE_MEASURES'")
			.query(Long.class)
			.single();
		String csv = mvc.perform(get("/insight/live.csv").with(user(accounts.loadUserByUsername("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).startsWith("measure,series,label,").endsWith(Quarter
			.holding(LocalDate.now(java.time.ZoneId.of("Europe/London"))).shortLabel());
		assertThat(lines[0].split(",")).hasSize(3 + 8);
		assertThat(csv).contains("neglect_identified,assessments_completed,Assessments completed,")
			.contains("plans_drifting,plans_drifting,Plans drifting,")
			.contains("escalations,escalations_stage_4,");
		assertThat(jdbc.sql("select count(*) from audit_entry where username = 'manager' and action = 'EXPORT' and record_type = 'LIVE_MEASURES'")
			.query(Long.class)
			.single()).isEqualTo(before + 1);
	}
}
