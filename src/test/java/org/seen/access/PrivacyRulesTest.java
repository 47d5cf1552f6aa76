package org.seen.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.TestChildren.Child;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The edges of record-level access that a review found: emergency access that must not turn into
 * involvement, brothers and sisters the user does not work with, identifiers as a way of finding
 * out who exists, and accounts changed while signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PrivacyRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	private UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	private void breakGlass(String username, Child child) throws Exception {
		mvc.perform(post("/break-glass").with(user(as(username))).with(csrf())
			.param("identifier", child.localId())
			.param("reason", "Emergency call to the house tonight")).andExpect(status().is3xxRedirection());
	}

	private void endBreakGlass(Child child) {
		jdbc.sql("update break_glass set expires_at = now() - interval '1 hour' where child_id = ?")
			.param(child.id())
			.update();
	}

	private int audited(UUID child, String action, String username) {
		return jdbc.sql("select count(*) from audit_entry where child_id = ? and action = ? and username = ?")
			.params(child, action, username)
			.query(Integer.class)
			.single();
	}

	@Test
	void emergency_access_does_not_let_someone_join_the_team_around_the_child() throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child child = make.involve(make.create("Cara"), "health.visitor", "INVOLVED");
		breakGlass("police.officer", child);
		UUID self = jdbc.sql("select practitioner_id from account where username = 'police.officer'")
			.query(UUID.class)
			.single();
		mvc.perform(post("/children/" + child.id() + "/involvement/new").with(user(as("police.officer"))).with(csrf())
			.param("practitioner", self.toString())
			.param("kind", "LEAD_PROFESSIONAL")).andExpect(status().isNotFound());
		assertThat(audited(child.id(), "DENIED", "police.officer")).isPositive();

		endBreakGlass(child);
		mvc.perform(get("/children/" + child.id()).with(user(as("police.officer")))).andExpect(status().isNotFound());
	}

	@Test
	void recording_an_entry_under_emergency_access_does_not_make_the_author_involved() throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child child = make.involve(make.create("Dora"), "health.visitor", "INVOLVED");
		breakGlass("police.officer", child);
		mvc.perform(post("/children/" + child.id() + "/events/new").with(user(as("police.officer"))).with(csrf())
			.param("day", "1")
			.param("month", "1")
			.param("year", "2025")
			.param("type", "POLICE_INCIDENT")
			.param("summary", "Attended a call to the house")
			.param("significance", "MEDIUM")).andExpect(status().is3xxRedirection());

		endBreakGlass(child);
		mvc.perform(get("/children/" + child.id()).with(user(as("police.officer")))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from chronology_event where child_id = ?").param(child.id())
			.query(Integer.class)
			.single()).as("what they recorded stays").isEqualTo(1);
	}

	@Test
	void a_safeguarding_lead_here_by_emergency_access_cannot_read_who_has_seen_the_record() throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child child = make.involve(make.create("Esme"), "health.visitor", "INVOLVED");
		breakGlass("school.dsl", child);
		mvc.perform(get("/children/" + child.id()).with(user(as("school.dsl")))).andExpect(status().isOk());
		mvc.perform(get("/children/" + child.id() + "/audit").with(user(as("school.dsl"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_parent_is_not_written_onto_a_brother_or_sister_the_user_does_not_work_with() throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child school = make.involve(make.create("Amy"), "teacher", "INVOLVED");
		Child baby = make.involve(make.create("Baby"), "health.visitor", "INVOLVED");
		UUID household = UUID.randomUUID();
		jdbc.sql("insert into household (id, name, created_at) values (?, 'Shared household', now())")
			.param(household)
			.update();
		jdbc.sql("update child set household_id = ? where id in (?, ?)").params(household, school.id(), baby.id()).update();

		mvc.perform(post("/children/" + school.id() + "/adults/new").with(user(as("teacher"))).with(csrf())
			.param("givenName", "Dan")
			.param("familyName", "Ketteridge")
			.param("sex", "MALE")
			.param("kind", "FATHER")
			.param("livesWithChild", "yes")
			.param("factors", "DOMESTIC_ABUSE")
			.param("alsoSiblings", "yes")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select count(*) from relationship where child_id = ?").param(baby.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where child_id = ?").param(baby.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void an_identifier_held_by_a_child_the_user_may_not_see_is_refused_without_naming_them_and_audited()
			throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child hidden = make.involve(make.create("Fern"), "health.visitor", "INVOLVED");
		String body = mvc.perform(post("/api/v1/children").header("Authorization", "Bearer demo-teacher")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Gus\",\"familyName\":\"Pell\",\"dateOfBirth\":\"2016-01-01\",\"sex\":\"MALE\","
					+ "\"localId\":\"" + hidden.localId() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("localId").contains("agencies you do not work with").doesNotContain("Fern");
		assertThat(audited(hidden.id(), "DENIED", "teacher")).isEqualTo(1);
	}

	@Test
	void a_disabled_account_is_signed_out_on_its_next_page() throws Exception {
		var session = new org.springframework.mock.web.MockHttpSession();
		String username = "disable." + UUID.randomUUID().toString().substring(0, 6);
		jdbc.sql("""
				insert into account (id, username, password_hash, role, display_name, created_at)
				values (gen_random_uuid(), ?, '{noop}x', 'ANALYST', 'Temporary Analyst', now())""")
			.param(username)
			.update();
		mvc.perform(get("/").with(user(as(username))).session(session)).andExpect(status().isOk());
		jdbc.sql("update account set enabled = false where username = ?").param(username).update();
		mvc.perform(get("/").with(user(as(username))).session(session)).andExpect(status().is3xxRedirection());
	}
}
