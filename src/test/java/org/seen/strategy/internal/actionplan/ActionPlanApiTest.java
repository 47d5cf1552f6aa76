package org.seen.strategy.internal.actionplan;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class ActionPlanApiTest {

	static final String ANALYST = "Bearer demo-analyst";

	static final String MANAGER = "Bearer demo-manager";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID id(String sql) {
		return jdbc.sql(sql).query(UUID.class).list().get(0);
	}

	long audited(String recordType, UUID id) {
		return jdbc.sql("select count(*) from audit_entry where record_type = ? and record_id = ?")
			.params(recordType, id)
			.query(Long.class)
			.single();
	}

	String newItem() {
		return """
				{"priorityId":"%s","reference":"%s","title":"Neglect champions in GP practices",
				 "activities":"Name a champion in each practice","leadName":"Named GP for safeguarding",
				 "leadAgencyId":"%s","dueOn":"2027-03-31","aimIds":["%s"]}"""
			.formatted(id("select id from strategy_priority where position = 1"),
					"A" + UUID.randomUUID().toString().substring(0, 6),
					id("select id from agency where code = 'GP'"), id("select id from strategy_aim where reference = '1.1'"));
	}

	@Test
	void the_strategy_and_its_priorities_are_read_with_their_aims() throws Exception {
		mvc.perform(get("/api/v1/strategy").header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Northbrook neglect strategy 2025–2028"))
			.andExpect(jsonPath("$.priorities[0].title").value("Prevention"))
			.andExpect(jsonPath("$.priorities[0].aims[*].reference", hasItem("1.1")));
		mvc.perform(get("/api/v1/strategy/priorities").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[2].title").value("Quality assurance"));
	}

	@Test
	void an_action_is_added_with_a_kpi_readings_and_progress_and_read_back_with_its_rating_and_status()
			throws Exception {
		String body = mvc.perform(post("/api/v1/strategy/action-plan/items").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newItem()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/strategy/action-plan/items/")))
			.andExpect(jsonPath("$.rag").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID item = UUID.fromString(JsonPath.read(body, "$.id"));
		String kpi = mvc.perform(post("/api/v1/strategy/action-plan/items/{id}/kpis", item)
			.header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"description":"GP practices with a champion","unit":"PERCENT","baselineValue":20,
					 "baselineOn":"2025-03-31","targetValue":80,"targetOn":"2027-03-31","direction":"HIGHER_IS_BETTER"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NO_DATA"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID kpiId = UUID.fromString(JsonPath.read(kpi, "$.id"));
		mvc.perform(post("/api/v1/strategy/action-plan/kpis/{id}/readings", kpiId).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":45,\"asAt\":\"2026-03-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currentValue").value(45))
			.andExpect(jsonPath("$.status").value("IMPROVING"))
			.andExpect(jsonPath("$.statusLabel").value("Improving"));
		mvc.perform(post("/api/v1/strategy/action-plan/items/{id}/progress", item).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rag\":\"RED\",\"narrative\":\"No champions yet\",\"asAt\":\"2026-03-31\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/strategy/action-plan/items/{id}/progress", item).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rag\":\"GREEN\",\"narrative\":\"Champions named\",\"impact\":\"Sooner help\",\"asAt\":\"2026-06-30\"}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/strategy/action-plan/items/{id}", item).header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rag").value("GREEN"))
			.andExpect(jsonPath("$.progress[0].rag").value("GREEN"))
			.andExpect(jsonPath("$.progress[1].rag").value("RED"))
			.andExpect(jsonPath("$.kpis[0].currentValue").value(45))
			.andExpect(jsonPath("$.kpis[0].trend[0].value").value(45))
			.andExpect(jsonPath("$.aims[0]").value("1.1"));
		org.assertj.core.api.Assertions.assertThat(audited("ACTION_ITEM", item)).isEqualTo(2);
		mvc.perform(get("/api/v1/strategy/action-plan/items").param("rag", "GREEN").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(item.toString())));
	}

	@Test
	void an_action_without_a_title_is_422_naming_the_field_and_nothing_is_stored() throws Exception {
		long before = jdbc.sql("select count(*) from action_item").query(Long.class).single();
		mvc.perform(post("/api/v1/strategy/action-plan/items").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newItem().replace("\"title\":\"Neglect champions in GP practices\"", "\"title\":\" \"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from action_item").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void a_progress_update_with_an_unknown_rating_is_refused() throws Exception {
		mvc.perform(post("/api/v1/strategy/action-plan/items/{id}/progress",
				id("select id from action_item where reference = '1.1'")).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rag\":\"PURPLE\",\"narrative\":\"x\",\"asAt\":\"2026-03-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void a_manager_may_read_but_not_change_the_plan() throws Exception {
		mvc.perform(post("/api/v1/strategy/action-plan/items").header("Authorization", MANAGER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newItem()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/strategy/review-cycles").header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].period").exists());
	}

	@Test
	void a_teacher_may_not_read_the_plan() throws Exception {
		mvc.perform(get("/api/v1/strategy").header("Authorization", "Bearer demo-teacher"))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_stale_priority_change_is_409_and_one_without_a_version_is_refused_too() throws Exception {
		UUID priority = id("select id from strategy_priority where position = 2");
		mvc.perform(put("/api/v1/strategy/priorities/{id}", priority).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"position\":2,\"title\":\"Overwritten\",\"version\":999}"))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/strategy/priorities/{id}", priority).header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"position\":2,\"title\":\"Overwritten\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void a_review_cycle_for_a_day_that_does_not_start_a_quarter_is_422() throws Exception {
		mvc.perform(post("/api/v1/strategy/review-cycles").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\":\"2025-05-14\",\"assess\":\"Found\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"));
	}
}
