package org.seen.people;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.Actor;
import org.seen.access.AuditEntry;
import org.seen.access.AuditTrail;
import org.seen.access.BreakGlass;
import org.seen.access.TestChildren;
import org.seen.access.TestChildren.Child;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BreakGlassAndWhoHasSeenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	AuditTrail audit;

	private UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	private Child healthVisitingChild() {
		TestChildren make = new TestChildren(jdbc);
		return make.involve(make.create("Ellis"), "health.visitor", "INVOLVED");
	}

	@Test
	void breaking_glass_with_a_reason_opens_the_record_and_tells_the_lead_and_auditors_why() throws Exception {
		Child child = healthVisitingChild();

		mvc.perform(post("/break-glass").with(user(as("police.officer"))).with(csrf())
			.param("identifier", " " + child.localId() + " ")
			.param("reason", "Called to the home overnight, child left alone"))
			.andExpect(redirectedUrl("/children/" + child.id()));

		assertThat(breakGlass.forChild(child.id())).singleElement().satisfies(opening -> {
			assertThat(opening.username()).isEqualTo("police.officer");
			assertThat(opening.reason()).isEqualTo("Called to the home overnight, child left alone");
			assertThat(opening.agencyName()).isEqualTo("Northbrook Police");
			assertThat(opening.open()).isTrue();
			assertThat(opening.expiresAt()).isEqualTo(opening.openedAt().plus(breakGlass.duration()));
		});
		assertThat(audit.forChild(child.id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("BREAK_GLASS");
			assertThat(entry.username()).isEqualTo("police.officer");
			assertThat(entry.detail()).isEqualTo("Called to the home overnight, child left alone");
		});
	}

	@Test
	void a_missing_reason_and_an_unknown_identifier_are_shown_in_the_error_summary() throws Exception {
		mvc.perform(post("/break-glass").with(user(as("teacher"))).with(csrf())
			.param("identifier", "T-no-such-child")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("No child has that NHS number, UPN or local id")))
			.andExpect(content().string(containsString("Enter why you need to see this child&#39;s record now")))
			.andExpect(content().string(containsString("<title>Error: Open a record in an emergency")));
	}

	@Test
	void a_short_reason_is_refused_and_nothing_is_opened() throws Exception {
		Child child = healthVisitingChild();
		mvc.perform(post("/break-glass").with(user(as("teacher"))).with(csrf())
			.param("identifier", child.localId())
			.param("reason", "urgent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The reason must be 10 characters or more")))
			.andExpect(content().string(containsString("href=\"#reason\"")));
		assertThat(breakGlass.forChild(child.id())).isEmpty();
	}

	@Test
	void someone_who_may_already_see_the_child_is_taken_there_without_breaking_glass() throws Exception {
		Child child = healthVisitingChild();
		mvc.perform(post("/break-glass").with(user(as("health.visitor"))).with(csrf())
			.param("identifier", child.localId())
			.param("reason", "Checking the record before a visit"))
			.andExpect(redirectedUrl("/children/" + child.id()));
		assertThat(breakGlass.forChild(child.id())).isEmpty();
	}

	@Test
	void the_form_is_a_gov_uk_page() throws Exception {
		mvc.perform(get("/break-glass").with(user(as("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open a record in an emergency")))
			.andExpect(content().string(containsString("Access ends after 8 hours")))
			.andExpect(content().string(not(containsString("govuk-error-summary\""))));
	}

	@Test
	void who_has_seen_the_record_lists_views_and_emergency_openings_and_is_itself_audited() throws Exception {
		Child child = healthVisitingChild();
		Actor officer = ((org.seen.access.internal.SeenUser) as("police.officer")).actor();
		breakGlass.open(officer, child.id(), "Concern raised by a neighbour at midnight");

		mvc.perform(get("/children/" + child.id() + "/audit").with(user(as("auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Who has seen this record")))
			.andExpect(content().string(containsString("Ellis Testchild")))
			.andExpect(content().string(containsString("Concern raised by a neighbour at midnight")))
			.andExpect(content().string(containsString("BREAK_GLASS")));

		assertThat(audit.forChild(child.id()).get(0)).satisfies(newest -> {
			assertThat(newest.username()).isEqualTo("auditor");
			assertThat(newest.action()).isEqualTo("VIEW");
			assertThat(newest.recordType()).isEqualTo("AUDIT_TRAIL");
		});
	}

	@Test
	void a_dsl_sees_the_trail_of_their_agencys_child_but_not_of_another_agencys() throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child school = make.involve(make.create("Robin"), "teacher", "INVOLVED");
		Child other = healthVisitingChild();

		mvc.perform(get("/children/" + school.id() + "/audit").with(user(as("school.dsl"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Robin Testchild")));
		mvc.perform(get("/children/" + other.id() + "/audit").with(user(as("school.dsl"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Ellis"))));
		mvc.perform(get("/children/" + UUID.randomUUID() + "/audit").with(user(as("school.dsl"))))
			.andExpect(status().isNotFound());

		assertThat(audit.forChild(other.id())).extracting(AuditEntry::action, AuditEntry::username)
			.contains(org.assertj.core.groups.Tuple.tuple("DENIED", "school.dsl"));
	}
}
