package org.seen.escalation.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seen.agencies.Practitioners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The escalation API's contract: what it answers, and the problem details for each refusal. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EscalationApiTest {

	static final String TEACHER = "Bearer demo-teacher";

	static final String MANAGER = "Bearer demo-manager";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Practitioners practitioners;

	Parties parties;

	@BeforeEach
	void parties() {
		parties = new Parties(jdbc, practitioners);
	}

	private String raise(UUID child) throws Exception {
		String body = mvc.perform(post("/api/v1/children/{id}/escalations", child).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"subject": "FRONT_DOOR_DECISION", "concern": "Closed with advice only", "wanted": "An assessment",
					 "withAgencyId": "%s"}""".formatted(parties.agency("CSC"))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/escalations/")))
			.andExpect(jsonPath("$.reference").value(Matchers.startsWith("ESC-")))
			.andExpect(jsonPath("$.stage").value(1))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.childName").value("Api Testchild"))
			.andExpect(jsonPath("$.stages.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void raising_reading_moving_up_and_resolving() throws Exception {
		UUID child = parties.childKnownToSocialCare("Api");
		String id = raise(child);
		mvc.perform(get("/api/v1/escalations/{id}", id).header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.withAgency").value("Northbrook Children's Social Care"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(post("/api/v1/escalations/{id}/move-up", id).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"handledBy\": \"Class teacher\", \"reason\": \"No reply in five days\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value(2))
			.andExpect(jsonPath("$.stages[0].endedHow").value("MOVED_UP"))
			.andExpect(jsonPath("$.stages[0].endedReason").value("No reply in five days"));
		mvc.perform(post("/api/v1/escalations/{id}/resolve", id).header("Authorization", MANAGER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 1, "outcome": "DECISION_CHANGED", "outcomeDetail": "Assessment opened",
					 "learning": "Advice-only outcomes need a reason the school can read"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.outcome").value("DECISION_CHANGED"));
	}

	@Test
	void a_missing_concern_is_422_naming_the_field_and_nothing_is_stored() throws Exception {
		UUID child = parties.childKnownToSocialCare("Missing");
		mvc.perform(post("/api/v1/children/{id}/escalations", child).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"PLAN\", \"wanted\": \"A meeting\", \"withAgencyId\": \"%s\"}"
				.formatted(parties.agency("CSC"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("concern"))
			.andExpect(jsonPath("$.detail").value("concern: Enter what your concern is"));
		org.assertj.core.api.Assertions.assertThat(
				jdbc.sql("select count(*) from escalation where child_id = ?").param(child).query(Integer.class).single())
			.isZero();
	}

	@Test
	void an_agency_not_working_with_the_child_is_422_naming_the_field_and_nothing_is_stored() throws Exception {
		UUID child = parties.child("Stranger", "teacher");
		mvc.perform(post("/api/v1/children/{id}/escalations", child).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"subject": "PLAN", "concern": "No attendance action", "wanted": "A meeting", "withAgencyId": "%s"}"""
				.formatted(parties.agency("POL"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("withAgency"))
			.andExpect(jsonPath("$.errors[0].message").value(ChildEscalations.NOT_INVOLVED));
		org.assertj.core.api.Assertions.assertThat(
				jdbc.sql("select count(*) from escalation where child_id = ?").param(child).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_stale_version_is_409_and_a_resolution_without_outcome_is_422() throws Exception {
		String id = raise(parties.childKnownToSocialCare("Api"));
		mvc.perform(post("/api/v1/escalations/{id}/move-up", id).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 5, \"reason\": \"No reply\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Edited by someone else"));
		mvc.perform(post("/api/v1/escalations/{id}/resolve", id).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"outcomeDetail\": \"Agreed\", \"learning\": \"None\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
	}

	@Test
	void the_partnership_reads_without_the_child_and_strangers_get_404() throws Exception {
		String id = raise(parties.childKnownToSocialCare("Api"));
		mvc.perform(get("/api/v1/escalations/{id}", id).header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.childId").doesNotExist())
			.andExpect(jsonPath("$.childName").doesNotExist())
			.andExpect(jsonPath("$.reference").exists());
		mvc.perform(get("/api/v1/escalations").header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].childName").isEmpty());
		mvc.perform(get("/api/v1/escalations/{id}", id).header("Authorization", "Bearer demo-health.visitor"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/escalations/{id}/resolve", id).header("Authorization", "Bearer demo-auditor")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"outcome\": \"AGREED\"}"))
			.andExpect(status().isForbidden());
	}
}
