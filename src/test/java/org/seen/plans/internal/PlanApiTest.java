package org.seen.plans.internal;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The plans API: the same rules as the pages, problem details naming the field, audited reads. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PlanFamily.class)
class PlanApiTest {

	static final String VISITOR = "Bearer demo-health.visitor";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFamily family;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.seen.access.BreakGlass breakGlass;

	String send(String path, String json, int status) throws Exception {
		return mvc.perform(post(path).header("Authorization", VISITOR).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void a_plan_is_built_reviewed_and_read_through_the_api() throws Exception {
		var home = family.ready("health.visitor");
		UUID lead = family.practitioner("health.visitor");
		String body = mvc.perform(post("/api/v1/children/{id}/plans", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadPractitionerId\":\"" + lead + "\",\"meetingPlace\":\"The family home\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/plans/")))
			.andExpect(jsonPath("$.levelCode").value("TARGETED_EARLY_HELP"))
			.andExpect(jsonPath("$.withConsent").value(true))
			.andExpect(jsonPath("$.nextReviewOn").value(LocalDate.now().plusWeeks(6).toString()))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String member = JsonPath.read(body, "$.members[0].id");
		send("/api/v1/plans/" + id + "/accept-lead", "{}", 200);

		LocalDate by = LocalDate.now().plusMonths(3);
		body = send("/api/v1/plans/" + id + "/outcomes", "{\"kind\":\"ITEM\",\"itemId\":\"home-conditions\","
				+ "\"difference\":\"Wren has a clear floor to play on\",\"targetGrade\":2,\"targetOn\":\"" + by + "\"}", 201);
		String outcome = JsonPath.read(body, "$.outcomes[0].id");
		body = send("/api/v1/plans/" + id + "/actions", "{\"what\":\"Arrange a skip\",\"ownerMemberId\":\"" + member
				+ "\",\"dueOn\":\"" + LocalDate.now().plusWeeks(1) + "\",\"outcomeId\":\"" + outcome + "\"}", 201);
		String action = JsonPath.read(body, "$.actions[0].id");
		int version = JsonPath.read(body, "$.version");
		mvc.perform(put("/api/v1/plans/{id}/actions/{a}", id, action).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actions[0].status").value("DONE"));
		mvc.perform(put("/api/v1/plans/{id}/actions/{a}", id, action).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\",\"version\":0}"))
			.andExpect(status().isConflict());

		send("/api/v1/plans/" + id + "/reviews", "{\"heldOn\":\"" + LocalDate.now() + "\",\"attendees\":[\"" + member
				+ "\"],\"progress\":[{\"outcomeId\":\"" + outcome + "\",\"progress\":\"BETTER\",\"grade\":3}],"
				+ "\"childVoice\":\"My room is tidy\",\"familyView\":\"We got rid of a lot\",\"version\":" + version + "}", 201);

		mvc.perform(get("/api/v1/plans/{id}", id).header("Authorization", VISITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomes[0].baselineGrade").value(4))
			.andExpect(jsonPath("$.outcomes[0].latestGrade").value(3))
			.andExpect(jsonPath("$.reviews[0].progress[0].progress").value("BETTER"))
			.andExpect(jsonPath("$.drift").isEmpty());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select count(*) from audit_entry where record_type = 'PLAN' and record_id = ?::uuid and action = 'VIEW'""")
			.param(id)
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void bad_input_is_refused_with_problem_details_naming_the_field_and_nothing_is_stored() throws Exception {
		var home = family.create("health.visitor");
		family.level(home.child(), "SPECIALIST");
		UUID lead = family.practitioner("health.visitor");
		mvc.perform(post("/api/v1/children/{id}/plans", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadPractitionerId\":\"" + lead + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("withoutConsentReason"))
			.andExpect(jsonPath("$.errors[1].field").value("withoutConsentLawfulBasis"));
		mvc.perform(post("/api/v1/children/{id}/plans", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadPractitionerId\":\"" + lead + "\",\"withoutConsentReason\":\"Significant harm; family refuse\","
					+ "\"withoutConsentLawfulBasis\":\"CONSENT\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("withoutConsentLawfulBasis"));
		String body = send("/api/v1/children/" + home.child() + "/plans",
				"{\"leadPractitionerId\":\"" + lead + "\",\"withoutConsentReason\":\"Significant harm; family refuse\","
						+ "\"withoutConsentLawfulBasis\":\"PUBLIC_TASK\"}", 201);
		org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(body, "$.withoutConsentLawfulBasis"))
			.isEqualTo("PUBLIC_TASK");
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/plans/{id}/outcomes", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"CHILD_VOICE\",\"difference\":\"Feels safe\",\"targetOn\":\"" + LocalDate.now().plusMonths(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("childSaid"));
		mvc.perform(post("/api/v1/plans/{id}/close", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"BORED\",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from plan_outcome where plan_id = ?::uuid")
			.param(id).query(Integer.class).single()).isZero();
	}

	@Test
	void a_change_sent_without_a_version_is_refused_naming_version_and_nothing_is_overwritten() throws Exception {
		var home = family.ready("health.visitor", "manager");
		UUID lead = family.practitioner("health.visitor");
		String body = send("/api/v1/children/" + home.child() + "/plans", "{\"leadPractitionerId\":\"" + lead + "\"}", 201);
		String id = JsonPath.read(body, "$.id");
		String member = JsonPath.read(body, "$.members[0].id");
		mvc.perform(post("/api/v1/plans/{id}/reviews", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\":\"" + LocalDate.now() + "\",\"attendees\":[\"" + member + "\"],"
					+ "\"childVoice\":\"Fine\",\"familyView\":\"Fine\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post("/api/v1/plans/{id}/close", id).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"OUTCOMES_ACHIEVED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		jdbc.sql("update plan set next_review_on = current_date - 3 where id = ?::uuid").param(id).update();
		body = mvc.perform(get("/api/v1/plans/{id}", id).header("Authorization", VISITOR))
			.andReturn().getResponse().getContentAsString();
		String finding = JsonPath.read(body, "$.drift[0].id");
		mvc.perform(post("/api/v1/plans/{id}/drift/{f}/decision", id, finding).header("Authorization", "Bearer demo-manager")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"Hold the review next week\",\"lookAgainOn\":\"" + LocalDate.now().plusWeeks(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select count(*) from plan p where p.id = ?::uuid and p.closed_on is null
				  and not exists (select 1 from plan_review r where r.plan_id = p.id)
				  and not exists (select 1 from drift_finding f where f.plan_id = p.id and f.decision is not null)""")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void starting_a_plan_by_breaking_glass_or_closing_it_without_the_role_is_forbidden() throws Exception {
		var home = family.ready("health.visitor", "teacher");
		breakGlass.open(family.actor("police.officer"), home.child(), "Officer attending a call-out at the address");
		mvc.perform(post("/api/v1/children/{id}/plans", home.child()).header("Authorization", "Bearer demo-police.officer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadPractitionerId\":\"" + family.practitioner("police.officer") + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Only people working with the child")));
		String body = send("/api/v1/children/" + home.child() + "/plans",
				"{\"leadPractitionerId\":\"" + family.practitioner("health.visitor") + "\"}", 201);
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/plans/{id}/close", id).header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"OUTCOMES_ACHIEVED\",\"version\":0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("designated safeguarding lead")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from plan where child_id = ? and closed_on is null")
			.param(home.child()).query(Integer.class).single()).isEqualTo(1);
	}
}
