package org.seen.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seen.agencies.Practitioners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The escalation pages: raising, moving up and resolving re-display their mistakes and store nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EscalationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Practitioners practitioners;

	@Autowired
	ChildEscalations escalations;

	Parties parties;

	@BeforeEach
	void parties() {
		parties = new Parties(jdbc, practitioners);
	}

	@Test
	void the_form_warns_that_a_child_at_immediate_risk_bypasses_escalation() throws Exception {
		UUID child = parties.childKnownToSocialCare("Warned");
		mvc.perform(get("/children/{id}/escalations/new", child).with(user(parties.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If a child is at immediate risk of harm, do not use this: call the police on 999 or the front door now")))
			.andExpect(content().string(containsString("Northbrook Children&#39;s Social Care")));
	}

	@Test
	void the_form_offers_only_agencies_working_with_the_child_and_never_your_own() throws Exception {
		UUID child = parties.childKnownToSocialCare("Offered");
		mvc.perform(get("/children/{id}/escalations/new", child).with(user(parties.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + parties.agency("CSC") + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + parties.agency("SCH1") + "\""))))
			.andExpect(content().string(not(containsString("value=\"" + parties.agency("POL") + "\""))))
			.andExpect(content().string(not(containsString("Northbrook Police"))));
		// choosing your own agency comes back with the reason
		mvc.perform(post("/children/{id}/escalations/new", child).with(user(parties.user("teacher")))
			.with(csrf())
			.param("subject", "PLAN")
			.param("concern", "The plan has no action on attendance")
			.param("wanted", "An attendance action")
			.param("withAgency", parties.agency("SCH1").toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose another agency: a disagreement within your own agency goes to your manager")))
			.andExpect(content().string(containsString("The plan has no action on attendance")));
		assertThat(count(child)).isZero();
	}

	@Test
	void raising_without_a_concern_comes_back_with_what_was_typed_and_stores_nothing() throws Exception {
		UUID child = parties.childKnownToSocialCare("Typed");
		mvc.perform(post("/children/{id}/escalations/new", child).with(user(parties.user("teacher")))
			.with(csrf())
			.param("subject", "PLAN")
			.param("concern", "")
			.param("wanted", "A review meeting within two weeks")
			.param("withAgency", "not-an-id"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter what your concern is")))
			.andExpect(content().string(containsString("Select the agency you disagree with")))
			.andExpect(content().string(containsString("A review meeting within two weeks")))
			.andExpect(content().string(containsString("value=\"PLAN\" checked")));
		assertThat(count(child)).isZero();
	}

	@Test
	void a_raised_escalation_opens_on_its_page_and_shows_on_the_child() throws Exception {
		UUID child = parties.childKnownToSocialCare("Raised");
		mvc.perform(post("/children/{id}/escalations/new", child).with(user(parties.user("teacher")))
			.with(csrf())
			.param("subject", "FRONT_DOOR_DECISION")
			.param("concern", "Closed with advice only although the child is hungry every day")
			.param("wanted", "A child and family assessment")
			.param("withAgency", parties.agency("CSC").toString())
			.param("withPractitioner", parties.practitioner("front.door").toString()))
			.andExpect(redirectedUrlPattern("/escalations/*"));
		UUID id = jdbc.sql("select id from escalation where child_id = ?").param(child).query(UUID.class).single();
		mvc.perform(get("/escalations/{id}", id).with(user(parties.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Raised Testchild")))
			.andExpect(content().string(containsString("Practitioner to practitioner")))
			.andExpect(content().string(containsString("Not resolved: move it up")));
		mvc.perform(get("/children/{id}", child).with(user(parties.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Professional disagreements")))
			.andExpect(content().string(containsString("A front door decision, with Northbrook Children")))
			.andExpect(content().string(containsString("Escalate a disagreement")));
	}

	@Test
	void moving_up_without_a_reason_and_a_stale_move_are_refused_keeping_what_was_typed() throws Exception {
		UUID child = parties.childKnownToSocialCare("Stale");
		Escalation e = escalations.raise(parties.actor("teacher"), child, parties.aboutTheFrontDoor());
		mvc.perform(post("/escalations/{id}/move-up", e.id()).with(user(parties.user("teacher")))
			.with(csrf())
			.param("version", String.valueOf(e.version()))
			.param("handledBy", "Class teacher")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why it could not be resolved at this stage")))
			.andExpect(content().string(containsString("Class teacher")));
		mvc.perform(post("/escalations/{id}/move-up", e.id()).with(user(parties.user("teacher")))
			.with(csrf())
			.param("version", String.valueOf(e.version() + 7))
			.param("reason", "No answer to two emails"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this escalation")))
			.andExpect(content().string(containsString("No answer to two emails")));
		assertThat(jdbc.sql("select stage from escalation where id = ?").param(e.id()).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(post("/escalations/{id}/move-up", e.id()).with(user(parties.user("teacher")))
			.with(csrf())
			.param("version", String.valueOf(e.version()))
			.param("reason", "No answer to two emails"))
			.andExpect(redirectedUrlPattern("/escalations/*"));
		assertThat(jdbc.sql("select stage from escalation where id = ?").param(e.id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void resolving_without_an_outcome_is_refused_and_with_one_it_shows_the_learning() throws Exception {
		UUID child = parties.childKnownToSocialCare("Resolved");
		Escalation e = escalations.raise(parties.actor("teacher"), child, parties.aboutTheFrontDoor());
		mvc.perform(post("/escalations/{id}/resolve", e.id()).with(user(parties.user("manager")))
			.with(csrf())
			.param("version", String.valueOf(e.version()))
			.param("learning", "Explain advice-only outcomes to schools"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the outcome")))
			.andExpect(content().string(containsString("Enter what was agreed or decided")))
			.andExpect(content().string(containsString("Explain advice-only outcomes to schools")));
		mvc.perform(post("/escalations/{id}/resolve", e.id()).with(user(parties.user("manager")))
			.with(csrf())
			.param("version", String.valueOf(e.version()))
			.param("outcome", "DECISION_UPHELD")
			.param("outcomeDetail", "Advice stands; the school will refer again if attendance falls")
			.param("learning", "Explain advice-only outcomes to schools"))
			.andExpect(redirectedUrlPattern("/escalations/*"));
		mvc.perform(get("/escalations/{id}", e.id()).with(user(parties.user("teacher"))))
			.andExpect(content().string(containsString("The decision was upheld")))
			.andExpect(content().string(containsString("Explain advice-only outcomes to schools")))
			.andExpect(content().string(not(containsString("Not resolved: move it up"))));
	}

	@Test
	void the_partnership_list_shows_references_and_agencies_but_no_child_names() throws Exception {
		UUID child = parties.childKnownToSocialCare("Hidden");
		Escalation e = escalations.raise(parties.actor("teacher"), child, parties.aboutTheFrontDoor());
		mvc.perform(get("/escalations").with(user(parties.user("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(e.reference())))
			.andExpect(content().string(containsString("Children’s names are not shown here")))
			.andExpect(content().string(not(containsString("Hidden Testchild"))));
		mvc.perform(get("/escalations/{id}", e.id()).with(user(parties.user("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hidden Testchild"))))
			.andExpect(content().string(not(containsString("Record it as resolved"))));
		mvc.perform(get("/escalations").with(user(parties.user("school.dsl"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hidden Testchild")));
	}

	private int count(UUID child) {
		return jdbc.sql("select count(*) from escalation where child_id = ?").param(child).query(Integer.class).single();
	}
}
