package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.seen.insight.internal.CinXml.assessment;
import static org.seen.insight.internal.CinXml.census;
import static org.seen.insight.internal.CinXml.child;
import static org.seen.insight.internal.CinXml.episode;
import static org.seen.insight.internal.CinXml.protectionPlan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/** The census API's contract: what it answers, to whom, and what it withholds. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CensusApiTest {

	static final String ANALYST = "Bearer demo-analyst";

	static final String MANAGER = "Bearer demo-manager";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Three referrals (a small number), six neglect plans open, no re-referrals. */
	private static String smallAndLarge(String lea) {
		List<String> children = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			children.add(child("R" + i, "2016-05-01", episode("2023-06-01", assessment("2023-06-01", "2023-06-20", "16A"))));
		}
		for (int i = 1; i <= 6; i++) {
			children.add(child("P" + i, "2012-05-01", episode("2022-06-01", protectionPlan("2022-07-01", null, "NEG", "NEG", 0))));
		}
		return census(lea, "2024-03-31", children.toArray(String[]::new));
	}

	private String importReturn(String xml) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/cin-returns").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_XML)
			.content(xml))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void an_import_answers_201_with_the_return() throws Exception {
		mvc.perform(post("/api/v1/cin-returns").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_XML)
			.content(smallAndLarge("501")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/cin-returns/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.lea").value("501"))
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.referenceDate").value("2024-03-31"))
			.andExpect(jsonPath("$.children").value(9))
			.andExpect(jsonPath("$.warnings").isArray());
	}

	@Test
	void a_bad_return_answers_422_problem_json_naming_child_element_and_line() throws Exception {
		String xml = census("502", "2024-03-31", child("B1", "2015-01-10", episode("2023-06-01", "2023-05-01", "RC8", false)));
		mvc.perform(post("/api/v1/cin-returns").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_XML)
			.content(xml))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].LAchildID").value("B1"))
			.andExpect(jsonPath("$.errors[0].element").value("CINclosureDate"))
			.andExpect(jsonPath("$.errors[0].line").isNumber())
			.andExpect(jsonPath("$.errors[0].message").isString());
		assertThat(jdbc.sql("select count(*) from cin_return where lea = '502'").query(Integer.class).single()).isZero();
	}

	@Test
	void a_declared_2_gb_upload_answers_413_before_it_is_read() throws Exception {
		mvc.perform(post("/api/v1/cin-returns").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_XML)
			.header("Content-Length", String.valueOf(2L * 1024 * 1024 * 1024))
			.content("<Message/>"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.limit").value(1536L * 1024 * 1024));
	}

	@Test
	void only_xml_is_accepted() throws Exception {
		mvc.perform(post("/api/v1/cin-returns").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void analysts_see_raw_counts() throws Exception {
		String id = importReturn(smallAndLarge("503"));
		mvc.perform(get("/api/v1/cin-returns/{id}/measures", id).header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referenceDate").value("2024-03-31"))
			.andExpect(jsonPath("$.suppressed").value(false))
			.andExpect(jsonPath("$.measures.referrals").value(3))
			.andExpect(jsonPath("$.measures.cpp_open").value(6))
			.andExpect(jsonPath("$.measures.re_referrals").value(0))
			.andExpect(jsonPath("$.rates.cpp_open_neglect_share").value(100.0))
			.andExpect(jsonPath("$.breakdowns.referrals.age_band.5_9").value(3))
			.andExpect(jsonPath("$.breakdowns.cpp_open.sex.female").value(6));
	}

	@Test
	void other_roles_see_c_for_counts_from_one_to_four_and_rates_built_from_them() throws Exception {
		String id = importReturn(smallAndLarge("504"));
		mvc.perform(get("/api/v1/cin-returns/{id}/measures", id).header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suppressed").value(true))
			.andExpect(jsonPath("$.measures.referrals").value("c"))
			.andExpect(jsonPath("$.measures.cpp_open").value(6))
			.andExpect(jsonPath("$.measures.re_referrals").value(0))
			.andExpect(jsonPath("$.rates.re_referral_rate").value("c"))
			.andExpect(jsonPath("$.rates.cpp_open_neglect_share").value(100.0))
			.andExpect(jsonPath("$.breakdowns.referrals.age_band.5_9").value("c"))
			.andExpect(jsonPath("$.breakdowns.referrals.age_band.unborn").value(0));
	}

	@Test
	void every_measure_key_is_in_the_answer() throws Exception {
		String id = importReturn(smallAndLarge("505"));
		String body = mvc.perform(get("/api/v1/cin-returns/{id}/measures", id).header("Authorization", "Bearer demo-auditor"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.Map<String, Object> measures = JsonPath.read(body, "$.measures");
		assertThat(measures.keySet()).containsExactly(java.util.Arrays.stream(Measure.values()).map(Measure::key).toArray(String[]::new));
	}

	@Test
	void a_trend_lists_the_leas_returns_oldest_first() throws Exception {
		importReturn(census("506", "2024-03-31", child("T1", "2015-01-10", episode("2023-06-01"))));
		importReturn(census("506", "2023-03-31", child("T1", "2015-01-10", episode("2022-06-01"))));
		mvc.perform(get("/api/v1/cin-trends/506").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.returns", hasSize(2)))
			.andExpect(jsonPath("$.returns[0].referenceDate").value("2023-03-31"))
			.andExpect(jsonPath("$.returns[1].measures.referrals").value(1));
	}

	@Test
	void an_unknown_return_is_404() throws Exception {
		mvc.perform(get("/api/v1/cin-returns/{id}/measures", java.util.UUID.randomUUID()).header("Authorization", ANALYST))
			.andExpect(status().isNotFound());
	}

	@Test
	void reading_measures_is_audited_without_a_child() throws Exception {
		String id = importReturn(smallAndLarge("507"));
		mvc.perform(get("/api/v1/cin-returns/{id}/measures", id).header("Authorization", MANAGER)).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where record_type = 'CIN_RETURN' and action = 'VIEW'
				and record_id = cast(? as uuid) and username = 'manager' and child_id is null""")
			.param(id).query(Integer.class).single()).isEqualTo(1);
	}
}
