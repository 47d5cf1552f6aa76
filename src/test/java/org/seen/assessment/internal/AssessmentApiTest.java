package org.seen.assessment.internal;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.seen.assessment.ToolItem;
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
@Import(Family.class)
class AssessmentApiTest {

	static final String VISITOR = "Bearer demo-health.visitor";

	static final String TEACHER = "Bearer demo-teacher";

	@Autowired
	MockMvc mvc;

	@Autowired
	Family family;

	@Autowired
	ChildAssessments assessments;

	@Autowired
	JdbcClient jdbc;

	UUID start(UUID childId, LocalDate on) throws Exception {
		String body = mvc.perform(post("/api/v1/children/{id}/assessments", childId).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tool\":\"family-strengths-and-needs\",\"assessedOn\":\"" + on + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/assessments/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.ageBand").value("5-10"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	void grade(UUID id, String itemId, int grade) throws Exception {
		String target = grade >= 3 ? ",\"targetGrade\":" + (grade - 1) + ",\"reviewBy\":\"" + LocalDate.now().plusWeeks(6) + "\""
				: "";
		mvc.perform(put("/api/v1/assessments/{id}/items/{item}", id, itemId).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":" + grade + ",\"evidence\":\"Seen at home\",\"evidenceSource\":\"SEEN\"" + target + "}"))
			.andExpect(status().isOk());
	}

	void gradeAll(UUID id, int grade) throws Exception {
		for (ToolItem item : assessments.read(family.actor("health.visitor"), id).items()) {
			grade(id, item.id(), grade);
		}
	}

	@Test
	void an_assessment_is_started_graded_completed_and_read_with_its_comparison() throws Exception {
		var home = family.create("health.visitor");
		UUID first = start(home.older(), LocalDate.now().minusMonths(4));
		gradeAll(first, 4);
		mvc.perform(post("/api/v1/assessments/{id}/complete", first).header("Authorization", VISITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		UUID second = start(home.older(), LocalDate.now());
		gradeAll(second, 4);
		grade(second, "nutrition", 2);
		mvc.perform(post("/api/v1/assessments/{id}/complete", second).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/assessments/{id}", second).header("Authorization", VISITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tool").value("family-strengths-and-needs"))
			.andExpect(jsonPath("$.areas[0].areaId").value("physical-care"))
			.andExpect(jsonPath("$.areas[0].proposedGrade").value(4))
			.andExpect(jsonPath("$.areas[0].confirmedGrade").value(4))
			.andExpect(jsonPath("$.areaGradeRule").exists())
			.andExpect(jsonPath("$.items[?(@.itemId == 'nutrition')].grade").value(hasItem(2)))
			.andExpect(jsonPath("$.items[?(@.itemId == 'nutrition')].descriptor").exists())
			.andExpect(jsonPath("$.ungraded", hasSize(0)))
			.andExpect(jsonPath("$.comparison.previousId").value(first.toString()))
			.andExpect(jsonPath("$.comparison.better").value(1))
			.andExpect(jsonPath("$.comparison.worse").value(0))
			.andExpect(jsonPath("$.comparison.items[?(@.itemId == 'nutrition')].direction").value(hasItem("BETTER")));
	}

	@Test
	void a_grade_outside_one_to_five_answers_422_naming_the_field_and_stores_nothing() throws Exception {
		var home = family.create("health.visitor");
		UUID id = start(home.older(), LocalDate.now());
		mvc.perform(put("/api/v1/assessments/{id}/items/nutrition", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":7}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("grade"));
		mvc.perform(put("/api/v1/assessments/{id}/items/nutrition", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"very bad\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/assessments/{id}/items/pocket-money", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":2}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("itemId"));
		mvc.perform(get("/api/v1/assessments/{id}", id).header("Authorization", VISITOR))
			.andExpect(jsonPath("$.items[?(@.grade != null)]", hasSize(0)));
	}

	@Test
	void completing_with_items_ungraded_answers_422_listing_each() throws Exception {
		var home = family.create("health.visitor");
		UUID id = start(home.older(), LocalDate.now());
		grade(id, "nutrition", 1);
		int ungraded = assessments.read(family.actor("health.visitor"), id).items().size() - 1;
		mvc.perform(post("/api/v1/assessments/{id}/complete", id).header("Authorization", VISITOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(ungraded)))
			.andExpect(jsonPath("$.errors[*].field", hasItem("item-hygiene")));
		mvc.perform(get("/api/v1/assessments/{id}", id).header("Authorization", VISITOR))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.ungraded", hasSize(ungraded)));
	}

	@Test
	void a_stale_item_version_is_refused_with_409() throws Exception {
		var home = family.create("health.visitor");
		UUID id = start(home.older(), LocalDate.now());
		grade(id, "nutrition", 2);
		grade(id, "nutrition", 3);
		mvc.perform(put("/api/v1/assessments/{id}/items/nutrition", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":1,\"version\":0}"))
			.andExpect(status().isConflict());
	}

	@Test
	void the_childs_voice_is_recorded_and_listed() throws Exception {
		var home = family.create("health.visitor");
		mvc.perform(post("/api/v1/children/{id}/voice", home.younger()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"OBSERVED","gatheredOn":"%s","observed":"Reached for Dad when tired; fed on time",
					 "howGathered":"Home visit, one hour"}""".formatted(LocalDate.now())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("OBSERVED"))
			.andExpect(jsonPath("$.observed").value("Reached for Dad when tired; fed on time"));
		mvc.perform(post("/api/v1/children/{id}/voice", home.younger()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"WORDS\",\"gatheredOn\":\"" + LocalDate.now() + "\",\"howGathered\":\"Chat\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("words"));
		mvc.perform(get("/api/v1/children/{id}/voice", home.younger()).header("Authorization", VISITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void someone_not_working_with_the_child_gets_404_problem() throws Exception {
		var home = family.create("health.visitor");
		UUID id = start(home.older(), LocalDate.now());
		mvc.perform(get("/api/v1/assessments/{id}", id).header("Authorization", TEACHER))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/children/{id}/voice", home.older()).header("Authorization", TEACHER))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/assessments/{id}", UUID.randomUUID()).header("Authorization", VISITOR))
			.andExpect(status().isNotFound());
	}
}
