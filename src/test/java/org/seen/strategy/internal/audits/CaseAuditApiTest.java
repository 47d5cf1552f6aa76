package org.seen.strategy.internal.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(AuditFixture.class)
class CaseAuditApiTest {

	static final String ANALYST = "Bearer demo-analyst";

	static final String VISITOR = "Bearer demo-health.visitor";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_audit_is_set_up_with_its_seed_and_the_same_seed_and_date_draw_the_same_sample() throws Exception {
		fixture.childWithOpenPlan("Apione");
		fixture.childWithOpenPlan("Apitwo");
		String body = """
				{"title": "API audit", "templateId": "%s", "auditDate": "%s", "endsOn": "%s", "sampleSize": 2, "seed": "api-seed-1"}"""
			.formatted(AuditFixture.STANDARD_TEMPLATE, LocalDate.now(java.time.ZoneId.of("Europe/London")), LocalDate.now(java.time.ZoneId.of("Europe/London")).plusWeeks(2));
		String first = mvc.perform(post("/api/v1/strategy/case-audits").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seed").value("api-seed-1"))
			.andExpect(jsonPath("$.cases.length()").value(2))
			.andExpect(jsonPath("$.cases[0].childId").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		UUID firstId = UUID.fromString(first.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
		String second = mvc.perform(post("/api/v1/strategy/case-audits").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		UUID secondId = UUID.fromString(second.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
		var sample = "select child_id from case_audit_case where audit_id = ? order by case_number";
		assertThat(jdbc.sql(sample).param(secondId).query(UUID.class).list())
			.isEqualTo(jdbc.sql(sample).param(firstId).query(UUID.class).list());
	}

	@Test
	void a_bad_audit_answers_422_naming_each_field_and_stores_nothing() throws Exception {
		int before = jdbc.sql("select count(*) from case_audit").query(Integer.class).single();
		mvc.perform(post("/api/v1/strategy/case-audits").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"sampleSize\": 99}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sampleSize")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("auditDate")));
		assertThat(jdbc.sql("select count(*) from case_audit").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void a_panel_member_grades_through_the_api_and_a_missing_grade_is_422_naming_the_question() throws Exception {
		fixture.childWithOpenPlan("Apigrade");
		UUID audit = fixture.auditWithPanel("API grading audit", 1, "apigrade-1", "school.dsl", "health.visitor");
		var questions = fixture.questions();
		StringBuilder grades = new StringBuilder();
		for (int i = 1; i < questions.size(); i++) {
			var q = questions.get(i);
			grades.append(grades.isEmpty() ? "" : ",")
				.append("{\"questionId\": \"%s\", \"grade\": \"%s\"}".formatted(q.id(), q.scale() == Scale.QUALITY ? "GOOD" : "YES"));
		}
		mvc.perform(put("/api/v1/strategy/case-audits/{id}/cases/1/grades", audit).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON).content("{\"grades\": [" + grades + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("grade-" + questions.get(0).id()));
		String all = "{\"questionId\": \"%s\", \"grade\": \"REQUIRES_IMPROVEMENT\", \"comment\": \"Seen once in six months\"},"
			.formatted(questions.get(0).id()) + grades;
		mvc.perform(put("/api/v1/strategy/case-audits/{id}/cases/1/grades", audit).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON).content("{\"grades\": [" + all + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gradings.length()").value(1))
			.andExpect(jsonPath("$.childId").exists());
		mvc.perform(get("/api/v1/strategy/case-audits/{id}/cases/1", audit).header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.childId").doesNotExist())
			.andExpect(jsonPath("$.gradings[0].grades.length()").value(questions.size()));
		mvc.perform(post("/api/v1/strategy/case-audits/{id}/cases/1/findings", audit).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"text\": \"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		mvc.perform(post("/api/v1/strategy/case-audits/{id}/close", audit).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void themes_answer_withheld_counts_as_c() throws Exception {
		mvc.perform(get("/api/v1/strategy/case-audits/themes").param("from", "2020-04-01").param("to", LocalDate.now(java.time.ZoneId.of("Europe/London")).toString())
			.header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions").isArray());
		mvc.perform(get("/api/v1/strategy/case-audits/themes").param("from", "2026-04-01").param("to", "2025-04-01")
			.header("Authorization", ANALYST))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}
}
