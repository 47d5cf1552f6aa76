package org.seen.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The pathway's JSON API: the same rules as the pages, problem details naming the field, 404 for a child not visible. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PathwayApiTest {

	static final String VISITOR = "Bearer demo-health.visitor";

	static final String FRONT_DOOR = "Bearer demo-front.door";

	@Autowired
	MockMvc mvc;

	@Autowired
	Households households;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_level_shows_the_suggestion_with_reasons_and_a_decision_different_from_it_needs_a_reason() throws Exception {
		var home = households.create("health.visitor");
		mvc.perform(get("/api/v1/children/{id}/level", home.child()).header("Authorization", VISITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion.level").value("UNIVERSAL"))
			.andExpect(jsonPath("$.suggestion.reasons").isNotEmpty())
			.andExpect(jsonPath("$.current").isEmpty());
		mvc.perform(post("/api/v1/children/{id}/level-decisions", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"EARLY_HELP\",\"rationale\":\"Weight dropping\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("differentReason"));
		mvc.perform(post("/api/v1/children/{id}/level-decisions", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"EARLY_HELP\",\"rationale\":\"Weight dropping\",\"differentReason\":\"Seen at two visits\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("EARLY_HELP"))
			.andExpect(jsonPath("$.suggested").value("UNIVERSAL"));
		mvc.perform(get("/api/v1/children/{id}/level", home.child()).header("Authorization", VISITOR))
			.andExpect(jsonPath("$.current.level").value("EARLY_HELP"))
			.andExpect(jsonPath("$.history.length()").value(1));
		mvc.perform(get("/api/v1/children/{id}/level", home.child()).header("Authorization", "Bearer demo-teacher"))
			.andExpect(status().isNotFound());
	}

	@Test
	void consent_then_a_referral_then_the_front_door_s_decision() throws Exception {
		var home = households.create("health.visitor");
		mvc.perform(post("/api/v1/children/{id}/consents", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenByAdult\":\"" + home.mother() + "\",\"purpose\":\"Early help plan\",\"how\":\"WRITTEN\","
					+ "\"givenOn\":\"" + LocalDate.now() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lawfulBasis"));
		mvc.perform(post("/api/v1/children/{id}/consents", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenByAdult\":\"" + home.mother() + "\",\"purpose\":\"Early help plan\",\"how\":\"WRITTEN\","
					+ "\"givenOn\":\"" + LocalDate.now() + "\",\"lawfulBasis\":\"CONSENT\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.standing").value(true));
		mvc.perform(get("/api/v1/children/{id}/consents", home.child()).header("Authorization", VISITOR))
			.andExpect(jsonPath("$.length()").value(1));

		String referral = mvc.perform(post("/api/v1/children/{id}/referrals", home.child()).header("Authorization", VISITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestedLevel\":\"SPECIALIST\",\"reason\":\"No change after three reviews\",\"familyKnows\":\"Mum knows\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attached.chronology").exists())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get("/api/v1/front-door/referrals").header("Authorization", FRONT_DOOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(referral.substring(referral.lastIndexOf('/') + 1))));
		mvc.perform(post(referral + "/decision").header("Authorization", FRONT_DOOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"CHILD_AND_FAMILY_ASSESSMENT\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rationale"));
		mvc.perform(post(referral + "/decision").header("Authorization", FRONT_DOOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"CHILD_AND_FAMILY_ASSESSMENT\",\"rationale\":\"Needs assessing\",\"version\":7}"))
			.andExpect(status().isConflict());
		// no version is not "whatever is there now": the change is refused, naming the field
		mvc.perform(post(referral + "/decision").header("Authorization", FRONT_DOOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"CHILD_AND_FAMILY_ASSESSMENT\",\"rationale\":\"Needs assessing\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		int version = jdbc.sql("select version from front_door_referral where id = ?::uuid")
			.param(referral.substring(referral.lastIndexOf('/') + 1))
			.query(Integer.class)
			.single();
		mvc.perform(post(referral + "/decision").header("Authorization", FRONT_DOOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"CHILD_AND_FAMILY_ASSESSMENT\",\"rationale\":\"Needs assessing\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("CHILD_AND_FAMILY_ASSESSMENT"));
		mvc.perform(post(referral + "/decision").header("Authorization", FRONT_DOOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"EARLY_HELP\",\"rationale\":\"Again\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		mvc.perform(get(referral).header("Authorization", VISITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionRationale").value("Needs assessing"));
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'REFERRAL' and child_id = ?")
			.param(home.child())
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void an_unknown_decision_is_a_bad_request_naming_the_field_and_a_step_down_without_a_plan_is_refused() throws Exception {
		var home = households.create("social.worker");
		mvc.perform(post("/api/v1/children/{id}/level-decisions", home.child()).header("Authorization", "Bearer demo-social.worker")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"SPECIALIST\",\"rationale\":\"s17\",\"differentReason\":\"Assessment\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/children/{id}/step-down", home.child()).header("Authorization", "Bearer demo-social.worker")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"EARLY_HELP\",\"reason\":\"Better\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plan"));
		mvc.perform(post("/api/v1/children/{id}/consents", home.child()).header("Authorization", "Bearer demo-social.worker")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"how\":\"SHOUTED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("how"));
	}

	static String id(org.springframework.test.web.servlet.MvcResult result) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id").toString();
	}

	@Test
	void countersigning_or_withdrawing_consent_without_a_version_is_refused_naming_the_version() throws Exception {
		var home = households.create("teacher");
		String decision = id(mvc.perform(post("/api/v1/children/{id}/level-decisions", home.child())
			.header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"UNIVERSAL\",\"rationale\":\"Needs met\"}"))
			.andExpect(status().isCreated())
			.andReturn());
		mvc.perform(post("/api/v1/level-decisions/{id}/countersign", decision).header("Authorization", "Bearer demo-school.dsl")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Agreed\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post("/api/v1/level-decisions/{id}/countersign", decision).header("Authorization", "Bearer demo-school.dsl"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post("/api/v1/level-decisions/{id}/countersign", decision).header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Mine\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/level-decisions/{id}/countersign", decision).header("Authorization", "Bearer demo-school.dsl")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Agreed\",\"version\":3}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/level-decisions/{id}/countersign", decision).header("Authorization", "Bearer demo-school.dsl")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Agreed\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countersignNote").value("Agreed"));

		String consent = id(mvc.perform(post("/api/v1/children/{id}/consents", home.child()).header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenByAdult\":\"" + home.mother() + "\",\"purpose\":\"Early help plan\",\"how\":\"WRITTEN\","
					+ "\"givenOn\":\"" + LocalDate.now() + "\",\"lawfulBasis\":\"CONSENT\"}"))
			.andExpect(status().isCreated())
			.andReturn());
		mvc.perform(post("/api/v1/consents/{id}/withdraw", consent).header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"withdrawnOn\":\"" + LocalDate.now() + "\",\"reason\":\"Mum asked\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/v1/children/{id}/consents", home.child()).header("Authorization", "Bearer demo-teacher"))
			.andExpect(jsonPath("$[0].standing").value(true));
		mvc.perform(post("/api/v1/consents/{id}/withdraw", consent).header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"withdrawnOn\":\"" + LocalDate.now() + "\",\"reason\":\"Mum asked\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing").value(false));
	}
}
