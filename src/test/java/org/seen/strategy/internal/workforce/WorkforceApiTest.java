package org.seen.strategy.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** The training, survey and feedback API: 201s, 422 naming the field, 403 by role, 409 on a stale edit, audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkforceApiTest {

	static final String ANALYST = "Bearer demo-analyst";

	static final String MANAGER = "Bearer demo-manager";

	static final String TEACHER = "Bearer demo-teacher";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String json(String authorization, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, int status) throws Exception {
		return mvc.perform(request.header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void an_analyst_keeps_the_register_through_the_api_and_mistakes_are_422_naming_the_field() throws Exception {
		String course = json(ANALYST, post("/api/v1/strategy/training/courses"), """
				{"title": "Api course %s", "reach": "MULTI_AGENCY", "delivery": "FACE_TO_FACE"}""".formatted(UUID.randomUUID()), 201);
		String courseId = JsonPath.read(course, "$.id");
		String session = json(ANALYST, post("/api/v1/strategy/training/courses/" + courseId + "/sessions"), """
				{"heldOn": "2049-05-01", "trainer": "A trainer", "online": true, "places": 12}""", 201);
		String sessionId = JsonPath.read(session, "$.id");
		String agency = jdbc.sql("select id from agency where code = 'HOUS'").query(String.class).single();
		mvc.perform(post("/api/v1/strategy/training/sessions/" + sessionId + "/attendees").header("Authorization", ANALYST)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Api Attendee", "agencyId": "%s", "attended": true, "confidenceBefore": 0}""".formatted(agency)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("confidenceBefore"));
		String attendee = json(ANALYST, post("/api/v1/strategy/training/sessions/" + sessionId + "/attendees"), """
				{"name": "Api Attendee", "agencyId": "%s", "attended": true, "confidenceBefore": 4}""".formatted(agency), 201);
		String attendeeId = JsonPath.read(attendee, "$.id");
		json(ANALYST, put("/api/v1/strategy/training/sessions/" + sessionId + "/attendees/" + attendeeId), """
				{"attended": true, "confidenceBefore": 4, "confidenceAfter": 9, "version": 0}""", 200);
		json(ANALYST, put("/api/v1/strategy/training/sessions/" + sessionId + "/attendees/" + attendeeId), """
				{"attended": true, "confidenceBefore": 4, "confidenceAfter": 2, "version": 0}""", 409);
		mvc.perform(get("/api/v1/strategy/training/sessions/" + sessionId).header("Authorization", ANALYST))
			.andExpect(jsonPath("$.attendees[0].name").value("Api Attendee"))
			.andExpect(jsonPath("$.attendees[0].confidenceAfter").value(9));
		mvc.perform(get("/api/v1/strategy/training/sessions/" + sessionId).header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Api Attendee"))));
		mvc.perform(get("/api/v1/strategy/training/totals?year=2049-50").header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.practitionersTrained").value("c"));
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'TRAINING_ATTENDANCE' and record_id = ?::uuid")
			.param(attendeeId).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void a_manager_may_not_change_the_register_and_a_bad_period_is_422() throws Exception {
		json(MANAGER, post("/api/v1/strategy/training/courses"), """
				{"title": "Refused", "reach": "MULTI_AGENCY", "delivery": "FACE_TO_FACE"}""", 403);
		json(TEACHER, get("/api/v1/strategy/training/totals"), "", 403);
		mvc.perform(get("/api/v1/strategy/training/totals?from=2025-04-01&to=2025-02-30").header("Authorization", ANALYST))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void a_practitioner_answers_a_survey_once_through_the_api() throws Exception {
		String survey = json(ANALYST, post("/api/v1/strategy/surveys"), """
				{"title": "Api survey %s", "opensOn": "2020-01-01", "closesOn": "2099-01-01",
				 "questions": [{"text": "How confident are you?", "scale": "ONE_TO_TEN"}]}""".formatted(UUID.randomUUID()), 201);
		String surveyId = JsonPath.read(survey, "$.id");
		String question = JsonPath.read(survey, "$.questions[0].id");
		mvc.perform(post("/api/v1/strategy/surveys/" + surveyId + "/answers").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"%s\": 11}}".formatted(question)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("q1"));
		json(TEACHER, post("/api/v1/strategy/surveys/" + surveyId + "/answers"), "{\"answers\": {\"%s\": 7}}".formatted(question), 201);
		mvc.perform(post("/api/v1/strategy/surveys/" + surveyId + "/answers").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"%s\": 7}}".formatted(question)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("survey"));
		mvc.perform(get("/api/v1/strategy/surveys/" + surveyId + "/results").header("Authorization", MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].answers").value("c"));
		json(TEACHER, get("/api/v1/strategy/surveys/" + surveyId + "/results"), "", 403);
	}

	@Test
	void feedback_through_the_api_is_anonymous_and_the_summary_has_no_comments() throws Exception {
		String agency = jdbc.sql("select id from agency where code = 'GP'").query(String.class).single();
		mvc.perform(post("/api/v1/strategy/feedback/printed-forms").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenOn\": \"2020-01-01\", \"agencyId\": \"%s\", \"helpfulness\": 7}".formatted(agency)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("givenOn"))
			.andExpect(jsonPath("$.errors[1].field").value("helpfulness"));
		json(TEACHER, post("/api/v1/strategy/feedback/printed-forms"), """
				{"givenOn": "%s", "agencyId": "%s", "helpfulness": 4, "helping": "Api comment text"}"""
			.formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")), agency), 201);
		json(TEACHER, post("/api/v1/strategy/feedback/practitioner"), """
				{"service": "TOOLKIT", "rating": 5}""", 201);
		json(ANALYST, post("/api/v1/strategy/feedback/practitioner"), """
				{"service": "TOOLKIT", "rating": 5}""", 403);
		mvc.perform(get("/api/v1/strategy/feedback/summary").header("Authorization", ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.bySource.length()").value(3))
			.andExpect(content().string(not(containsString("Api comment text"))));
	}
}
