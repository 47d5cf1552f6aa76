package org.seen.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.internal.SeenUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Bringing another agency's practitioner into the work with a child, and ending it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InvolvementPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoActors actors;

	private SeenUser as(String username) {
		return new SeenUser(actors.actor(username), "", true, true);
	}

	private UUID newChildOfTheTeacher() throws Exception {
		String body = mvc.perform(post("/api/v1/children").header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Juno\",\"familyName\":\"Arkwright\",\"dateOfBirth\":\"2018-06-01\",\"sex\":\"FEMALE\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
	}

	@Test
	void a_practitioner_brought_in_from_another_agency_sees_the_child_until_their_involvement_ends() throws Exception {
		UUID child = newChildOfTheTeacher();
		UUID police = actors.actor("police.officer").practitionerId();
		mvc.perform(get("/children/" + child).with(user(as("police.officer")))).andExpect(status().isNotFound());

		mvc.perform(post("/children/" + child + "/involvement/new").with(user(as("teacher"))).with(csrf())
			.param("practitioner", police.toString())
			.param("kind", "INVOLVED")).andExpect(redirectedUrl("/children/" + child + "?involved"));
		mvc.perform(get("/children/" + child).with(user(as("police.officer")))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_entry where child_id = ? and record_type = 'INVOLVEMENT'")
			.param(child)
			.query(Integer.class)
			.single()).isEqualTo(1);

		UUID involvement = jdbc.sql("select id from involvement where child_id = ? and practitioner_id = ?")
			.params(child, police)
			.query(UUID.class)
			.single();
		mvc.perform(post("/children/" + child + "/involvement/" + involvement + "/end").with(user(as("teacher")))
			.with(csrf())
			.param("reason", "")).andExpect(status().isOk()).andExpect(content().string(containsString("Enter why")));
		mvc.perform(get("/children/" + child).with(user(as("police.officer")))).andExpect(status().isOk());
		mvc.perform(post("/children/" + child + "/involvement/" + involvement + "/end").with(user(as("teacher")))
			.with(csrf())
			.param("reason", "Police enquiry closed"))
			.andExpect(redirectedUrl("/children/" + child + "?involvementEnded"));
		mvc.perform(get("/children/" + child).with(user(as("police.officer")))).andExpect(status().isNotFound());
	}

	@Test
	void adding_nobody_redisplays_the_form_with_an_error_and_changes_nothing() throws Exception {
		UUID child = newChildOfTheTeacher();
		Integer before = jdbc.sql("select count(*) from involvement where child_id = ?").param(child).query(Integer.class).single();
		mvc.perform(post("/children/" + child + "/involvement/new").with(user(as("teacher"))).with(csrf())
			.param("practitioner", "not-an-id"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Select the practitioner")));
		assertThat(jdbc.sql("select count(*) from involvement where child_id = ?").param(child).query(Integer.class).single())
			.isEqualTo(before);
	}

	@Test
	void someone_who_cannot_see_the_child_cannot_bring_anyone_in() throws Exception {
		UUID child = newChildOfTheTeacher();
		mvc.perform(post("/children/" + child + "/involvement/new").with(user(as("police.officer"))).with(csrf())
			.param("practitioner", actors.actor("police.officer").practitionerId().toString())
			.param("kind", "INVOLVED")).andExpect(status().isNotFound());
		mvc.perform(get("/children/" + child).with(user(as("police.officer")))).andExpect(status().isNotFound());
	}
}
