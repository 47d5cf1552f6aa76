package org.seen.strategy.internal.learning;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LearningApiTest {

	static final String ANALYST = "Bearer demo-analyst";

	static final String TEACHER = "Bearer demo-teacher";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String theme(String name) {
		return jdbc.sql("select id::text from learning_theme where name = ?").param(name).query(String.class).single();
	}

	String agency(String code) {
		return jdbc.sql("select id::text from agency where code = ?").param(code).query(String.class).single();
	}

	String addReview(String title) throws Exception {
		String body = mvc.perform(post("/api/v1/strategy/learning/reviews").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"LOCAL_CSPR","scope":"LOCAL","title":"%s","publishedBy":"Test partnership",
					 "publishedOn":"%s","summary":"Found","link":"https://example.org/r","themeIds":["%s"]}"""
				.formatted(title, LocalDate.now().minusMonths(1), theme("Professional curiosity"))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/strategy/learning/reviews/")))
			.andExpect(jsonPath("$.themes[0].name").value("Professional curiosity"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void a_review_recommendation_and_evidence_are_recorded_and_read_with_cross_references() throws Exception {
		StrategyRows strategy = StrategyRows.insert(jdbc, "API test strategy " + UUID.randomUUID());
		String review = addReview("API test: local review");
		String body = mvc.perform(post("/api/v1/strategy/learning/reviews/{id}/recommendations", review)
			.header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text":"Use the neglect tool","ownerName":"Head of early help","ownerAgencyId":"%s",
					 "dueOn":"%s","aimIds":["%s"],"itemIds":["%s"]}"""
				.formatted(agency("CSC"), LocalDate.now().plusMonths(2), strategy.aim(), strategy.item())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NOT_STARTED"))
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.crossReference").value("Aims 9.1; Actions 9.1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String recommendation = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/strategy/learning/recommendations/{id}/evidence", recommendation)
			.header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"changedOn\":\"" + LocalDate.now() + "\",\"whatChanged\":\"Tool launched\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidence[0].whatChanged").value("Tool launched"));
		mvc.perform(get("/api/v1/strategy/learning/reviews/{id}", review).header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations[0].aims[0].reference").value("9.1"))
			.andExpect(jsonPath("$.recommendations[0].items[0].id").value(strategy.item().toString()));
		mvc.perform(get("/api/v1/strategy/learning/cross-references").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(recommendation)));
		mvc.perform(get("/api/v1/strategy/learning/reviews").param("kind", "LOCAL_CSPR").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(review)));
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ?::uuid and action = 'VIEW' and username = 'teacher'")
			.param(review)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void a_review_without_a_title_answers_422_naming_the_field_and_stores_nothing() throws Exception {
		long before = jdbc.sql("select count(*) from learning_review").query(Long.class).single();
		mvc.perform(post("/api/v1/strategy/learning/reviews").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"RAPID_REVIEW\",\"scope\":\"LOCAL\",\"publishedBy\":\"Us\",\"publishedOn\":\"2025-01-10\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter the review's title"));
		mvc.perform(post("/api/v1/strategy/learning/reviews").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"BLOG_POST\",\"scope\":\"LOCAL\",\"title\":\"T\",\"publishedBy\":\"Us\",\"publishedOn\":\"2025-01-10\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(post("/api/v1/strategy/learning/reviews").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"RAPID_REVIEW\",\"publishedOn\":\"not a date\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("publishedOn"));
		assertThat(jdbc.sql("select count(*) from learning_review").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_recommendation_pointing_at_an_unknown_aim_answers_422_naming_aims() throws Exception {
		String review = addReview("API test: unknown aim");
		mvc.perform(post("/api/v1/strategy/learning/reviews/{id}/recommendations", review)
			.header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"T\",\"ownerName\":\"O\",\"ownerAgencyId\":\"%s\",\"aimIds\":[\"%s\"]}"
				.formatted(agency("CSC"), UUID.randomUUID())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("aims"));
	}

	@Test
	void a_practitioner_reads_but_may_not_change_the_register() throws Exception {
		mvc.perform(get("/api/v1/strategy/learning/reviews").header("Authorization", TEACHER))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/strategy/learning/reviews").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"RAPID_REVIEW\",\"scope\":\"LOCAL\",\"title\":\"By a teacher\",\"publishedBy\":\"Us\",\"publishedOn\":\"2025-01-10\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/strategy/learning/themes").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"A teacher's theme\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/strategy/learning/reviews").header("Authorization", "Bearer demo-system.northbrook-primary"))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_stale_edit_answers_409_and_a_missing_version_422() throws Exception {
		String review = addReview("API test: stale");
		String edit = """
				{"kind":"LOCAL_CSPR","scope":"LOCAL","title":"%s","publishedBy":"Test partnership",
				 "publishedOn":"2025-02-01","version":%s}""";
		mvc.perform(put("/api/v1/strategy/learning/reviews/{id}", review).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.formatted("API test: stale, changed", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/strategy/learning/reviews/{id}", review).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.formatted("API test: stale, overwritten", 0)))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/strategy/learning/reviews/{id}", review).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.formatted("API test: stale, no version", "null")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/v1/strategy/learning/reviews/{id}", review).header("Authorization", ANALYST))
			.andExpect(jsonPath("$.title").value("API test: stale, changed"));
	}

	@Test
	void themes_are_added_renamed_and_retired_with_counts_withheld_when_small() throws Exception {
		String name = "API theme " + UUID.randomUUID();
		String body = mvc.perform(post("/api/v1/strategy/learning/themes").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/strategy/learning/themes").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name.toUpperCase() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(put("/api/v1/strategy/learning/themes/{id}", id).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + " (renamed)\",\"retired\":true,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(true));
		mvc.perform(get("/api/v1/strategy/learning/themes").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].reviews").value(hasItem("0")))
			.andExpect(jsonPath("$[*].reviews").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.oneOf("1", "2", "3", "4")))))
			.andExpect(jsonPath("$[*].openRecommendations").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.oneOf("1", "2", "3", "4")))));
	}
}
