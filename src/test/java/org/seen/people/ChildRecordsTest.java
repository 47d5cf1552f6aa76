package org.seen.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Recording, finding and opening children through the API and the pages, with the access rules
 * and the audit trail that go with them, against the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChildRecordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static final String TEACHER = "Bearer demo-teacher";

	private static final String POLICE = "Bearer demo-police.officer";

	private static final String SCHOOL_DSL = "Bearer demo-school.dsl";

	private String createChild(String token, String json) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/children").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void a_child_created_through_the_api_is_visible_to_its_creator_and_their_dsl_but_not_to_another_agency()
			throws Exception {
		String id = createChild(TEACHER, """
				{"givenName":"Ellis","familyName":"Quarrington","dateOfBirth":"2017-05-02","sex":"MALE",
				 "nhsNumber":"401 023 2137","upn":"H801200001001","postcode":"nb1 4tq"}""");

		mvc.perform(get("/api/v1/children/" + id).header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.givenName").value("Ellis"))
			.andExpect(jsonPath("$.nhsNumber").value("4010232137"))
			.andExpect(jsonPath("$.postcode").value("NB1 4TQ"));
		mvc.perform(get("/api/v1/children/" + id).header("Authorization", SCHOOL_DSL)).andExpect(status().isOk());

		// another agency's practitioner gets exactly what a missing child gives
		String denied = mvc.perform(get("/api/v1/children/" + id).header("Authorization", POLICE))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String missing = mvc.perform(get("/api/v1/children/" + UUID.randomUUID()).header("Authorization", POLICE))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(denied.replace(id, "")).isEqualTo(missing.replaceAll("/api/v1/children/[0-9a-f-]+", "/api/v1/children/"));

		Integer deniedRows = jdbc
			.sql("select count(*) from audit_entry where child_id = ?::uuid and action = 'DENIED' and username = 'police.officer'")
			.param(id)
			.query(Integer.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(deniedRows).isEqualTo(1);
		Integer created = jdbc
			.sql("select count(*) from audit_entry where child_id = ?::uuid and action = 'CREATE' and username = 'teacher'")
			.param(id)
			.query(Integer.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(created).isEqualTo(1);
	}

	@Test
	void search_finds_similar_spellings_only_among_children_the_searcher_may_see() throws Exception {
		createChild(TEACHER, """
				{"givenName":"Rosalind","familyName":"Pemberthy","dateOfBirth":"2016-09-14","sex":"FEMALE"}""");
		createChild(POLICE, """
				{"givenName":"Rosalind","familyName":"Pemberthy","dateOfBirth":"2012-01-20","sex":"FEMALE"}""");

		mvc.perform(get("/api/v1/children").param("name", "Rosalynd Pemberty").header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].dateOfBirth").value("2016-09-14"));
		org.assertj.core.api.Assertions.assertThat(jdbc
			.sql("select count(*) from audit_entry where action = 'SEARCH' and username = 'teacher' and detail like 'name=Rosalynd%'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_unborn_child_is_recorded_with_an_expected_date() throws Exception {
		String due = java.time.LocalDate.now().plusMonths(3).toString();
		String id = createChild("Bearer demo-health.visitor", """
				{"givenName":"Baby","familyName":"Tolland","expectedDateOfBirth":"%s","sex":"UNKNOWN"}""".formatted(due));
		mvc.perform(get("/api/v1/children/" + id).header("Authorization", "Bearer demo-health.visitor"))
			.andExpect(jsonPath("$.expectedDateOfBirth").value(due))
			.andExpect(jsonPath("$.dateOfBirth").doesNotExist());
	}

	@Test
	void the_api_names_every_field_at_fault_and_saves_nothing() throws Exception {
		Integer before = jdbc.sql("select count(*) from child").query(Integer.class).single();
		mvc.perform(post("/api/v1/children").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":" ","familyName":"Vexley","dateOfBirth":"2030-01-01","sex":"MALE",
					 "nhsNumber":"9434765918","upn":"A801200001001","postcode":"not a postcode"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("givenName",
					"dateOfBirth", "nhsNumber", "upn", "postcode")));
		mvc.perform(post("/api/v1/children").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":"Ada","familyName":"Vexley","dateOfBirth":"2019-01-01","sex":"OTHERWISE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sex"));
		mvc.perform(post("/api/v1/children").header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json"))
			.andExpect(status().isBadRequest());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from child").query(Integer.class).single())
			.isEqualTo(before);
	}

	@Test
	void a_second_child_with_the_same_nhs_number_is_refused() throws Exception {
		createChild(TEACHER, """
				{"givenName":"Noor","familyName":"Ashdown","dateOfBirth":"2018-03-03","sex":"FEMALE","nhsNumber":"9434765919"}""");
		mvc.perform(post("/api/v1/children").header("Authorization", POLICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName":"Nora","familyName":"Ashdowne","dateOfBirth":"2018-03-03","sex":"FEMALE","nhsNumber":"9434765919"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
	}

	@Test
	void the_add_a_child_form_redisplays_with_an_error_summary_and_saves_nothing() throws Exception {
		Integer before = jdbc.sql("select count(*) from child").query(Integer.class).single();
		mvc.perform(post("/children/new").with(user(principal("teacher"))).with(csrf())
			.param("givenName", "")
			.param("familyName", "Marchbank")
			.param("unborn", "no")
			.param("dateOfBirthDay", "31")
			.param("dateOfBirthMonth", "2")
			.param("dateOfBirthYear", "2019")
			.param("sex", "FEMALE")
			.param("nhsNumber", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the child&#39;s first name")))
			.andExpect(content().string(containsString("Date of birth must be a real date")))
			.andExpect(content().string(containsString("NHS number must be 10 digits")))
			.andExpect(content().string(containsString("value=\"Marchbank\"")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from child").query(Integer.class).single())
			.isEqualTo(before);
	}

	@Test
	void a_possible_duplicate_is_shown_before_a_new_record_is_made() throws Exception {
		createChild(TEACHER, """
				{"givenName":"Tobias","familyName":"Wrenfield","dateOfBirth":"2015-07-07","sex":"MALE"}""");
		mvc.perform(post("/children/new").with(user(principal("teacher"))).with(csrf())
			.param("givenName", "Tobyas")
			.param("familyName", "Wrenfield")
			.param("unborn", "no")
			.param("dateOfBirthDay", "7")
			.param("dateOfBirthMonth", "7")
			.param("dateOfBirthYear", "2015")
			.param("sex", "MALE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This child may already be recorded")))
			.andExpect(content().string(containsString("Tobias Wrenfield")));
	}

	@Test
	void a_stale_edit_is_refused_and_nothing_is_overwritten() throws Exception {
		String id = createChild(TEACHER, """
				{"givenName":"Imogen","familyName":"Stallard","dateOfBirth":"2014-02-02","sex":"FEMALE"}""");
		String[] base = { "familyName", "Stallard", "unborn", "no", "dateOfBirthDay", "2", "dateOfBirthMonth", "2",
				"dateOfBirthYear", "2014", "sex", "FEMALE", "version", "0" };
		mvc.perform(withParams(post("/children/" + id + "/edit"), base).param("givenName", "Immy")
			.with(user(principal("teacher")))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(withParams(post("/children/" + id + "/edit"), base).param("givenName", "Imogen-Rose")
			.with(user(principal("school.dsl")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this child")));
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select given_name from child where id = ?::uuid").param(id).query(String.class).single())
			.isEqualTo("Immy");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withParams(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder, String[] pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			builder.param(pairs[i], pairs[i + 1]);
		}
		return builder;
	}

	@Autowired
	org.seen.DemoActors actors;

	private org.seen.access.internal.SeenUser principal(String username) {
		return new org.seen.access.internal.SeenUser(actors.actor(username), "", true, true);
	}
}
