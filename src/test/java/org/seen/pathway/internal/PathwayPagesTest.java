package org.seen.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.seen.pathway.LawfulBasis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The pathway's pages: each shows what it holds, and every form re-displays its mistakes, keeping what was typed. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PathwayPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Households households;

	@Autowired
	ChildLevels levels;

	@Autowired
	ChildConsents consents;

	@Autowired
	FrontDoor frontDoor;

	@Test
	void a_different_level_without_a_reason_re_displays_with_the_error_and_what_was_typed() throws Exception {
		var home = households.create("teacher");
		mvc.perform(get("/children/{id}/level-decisions/new", home.child()).with(user(households.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Suggested because:"), containsString("Level 4: specialist or statutory"),
					containsString("The child may be in need (s17)"))));
		mvc.perform(post("/children/{id}/level-decisions/new", home.child()).with(user(households.user("teacher")))
			.with(csrf())
			.param("level", "TARGETED_EARLY_HELP")
			.param("rationale", "Lunches missing most days this term"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("Enter why you decided Level 3: targeted early help rather than the suggested Level 1: universal"),
					containsString("Lunches missing most days this term"), containsString("value=\"TARGETED_EARLY_HELP\" aria-describedby=\"level-TARGETED_EARLY_HELP-hint\" checked"))));
		assertThat(households.count("level_decision", home.child())).isZero();
		mvc.perform(post("/children/{id}/level-decisions/new", home.child()).with(user(households.user("teacher")))
			.with(csrf())
			.param("level", "TARGETED_EARLY_HELP")
			.param("rationale", "Lunches missing most days this term")
			.param("differentReason", "The school nurse and housing are both involved"))
			.andExpect(redirectedUrlPattern("/children/*/pathway"));
		mvc.perform(get("/children/{id}/pathway", home.child()).with(user(households.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Level 3: targeted early help"),
					containsString("Seen suggested Level 1: universal"), containsString("Countersign"),
					containsString("Step up to the front door"))));
	}

	@Test
	void countersigning_from_a_stale_page_re_displays_and_keeps_the_note() throws Exception {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(households.actor("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		mvc.perform(get("/level-decisions/{id}/countersign", decided.id()).with(user(households.user("school.dsl"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Needs met")));
		mvc.perform(post("/level-decisions/{id}/countersign", decided.id()).with(user(households.user("school.dsl")))
			.with(csrf())
			.param("note", "Agreed with the class teacher")
			.param("version", String.valueOf(decided.version() + 3)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else changed this record"),
					containsString("Agreed with the class teacher"))));
		mvc.perform(post("/level-decisions/{id}/countersign", decided.id()).with(user(households.user("school.dsl")))
			.with(csrf())
			.param("note", "Agreed with the class teacher")
			.param("version", String.valueOf(decided.version())))
			.andExpect(redirectedUrlPattern("/children/*/pathway"));
	}

	@Test
	void consent_with_a_date_that_is_not_real_re_displays_every_problem_and_keeps_what_was_typed() throws Exception {
		var home = households.create("health.visitor");
		mvc.perform(get("/children/{id}/consents/new", home.child()).with(user(households.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Edda Pathwaytest (Mother)"), containsString("Public task"))));
		mvc.perform(post("/children/{id}/consents/new", home.child()).with(user(households.user("health.visitor")))
			.with(csrf())
			.param("givenBy", "someone-else")
			.param("givenByName", "")
			.param("purpose", "Sharing with the school nurse")
			.param("givenOnDay", "31")
			.param("givenOnMonth", "2")
			.param("givenOnYear", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Select who gave consent, or enter their name"),
					containsString("Select how consent was given"), containsString("The date consent was given must be a real date"),
					containsString("Select the lawful basis"), containsString("Sharing with the school nurse"),
					containsString("value=\"31\""))));
		assertThat(households.count("early_help_consent", home.child())).isZero();
		mvc.perform(post("/children/{id}/consents/new", home.child()).with(user(households.user("health.visitor")))
			.with(csrf())
			.param("givenBy", home.mother().toString())
			.param("purpose", "Sharing with the school nurse")
			.param("how", "VERBAL")
			.param("givenOnDay", String.valueOf(LocalDate.now().getDayOfMonth()))
			.param("givenOnMonth", String.valueOf(LocalDate.now().getMonthValue()))
			.param("givenOnYear", String.valueOf(LocalDate.now().getYear()))
			.param("lawfulBasis", "CONSENT"))
			.andExpect(redirectedUrlPattern("/children/*/pathway"));
		assertThat(households.count("early_help_consent", home.child())).isEqualTo(1);
	}

	@Test
	void withdrawing_consent_without_a_reason_re_displays() throws Exception {
		var home = households.create("health.visitor");
		Consent given = consents.record(households.actor("health.visitor"), home.child(), new ChildConsents.Given(home.father(),
				null, "Plan", HowGiven.WRITTEN, LocalDate.now(), LawfulBasis.CONSENT));
		mvc.perform(post("/consents/{id}/withdraw", given.id()).with(user(households.user("health.visitor")))
			.with(csrf())
			.param("withdrawnOnDay", String.valueOf(LocalDate.now().getDayOfMonth()))
			.param("withdrawnOnMonth", String.valueOf(LocalDate.now().getMonthValue()))
			.param("withdrawnOnYear", String.valueOf(LocalDate.now().getYear()))
			.param("reason", "")
			.param("version", String.valueOf(given.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why consent was withdrawn")));
	}

	@Test
	void an_early_help_referral_without_consent_re_displays_and_the_statutory_one_goes_to_the_front_door() throws Exception {
		var home = households.create("health.visitor");
		mvc.perform(get("/children/{id}/referrals/new", home.child()).with(user(households.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What goes with the referral"), containsString("No completed assessment"))));
		mvc.perform(post("/children/{id}/referrals/new", home.child()).with(user(households.user("health.visitor")))
			.with(csrf())
			.param("requestedLevel", "EARLY_HELP")
			.param("reason", "Weight dropping between visits")
			.param("familyKnows", "Mum knows"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Early help needs the family&#39;s consent"),
					containsString("Weight dropping between visits"))));
		assertThat(households.count("front_door_referral", home.child())).isZero();
		String location = mvc.perform(post("/children/{id}/referrals/new", home.child())
			.with(user(households.user("health.visitor")))
			.with(csrf())
			.param("requestedLevel", "SPECIALIST")
			.param("reason", "Weight dropping between visits")
			.param("familyKnows", "Not told")
			.param("withoutConsentReason", "Telling them could put the baby at risk")
			.param("withoutConsentLawfulBasis", "PUBLIC_TASK"))
			.andExpect(redirectedUrlPattern("/referrals/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get("/front-door").with(user(households.user("front.door"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Wren Pathwaytest"), containsString("working hour"))));
		mvc.perform(get(location + "/decision").with(user(households.user("front.door")))).andExpect(status().isOk());
		mvc.perform(post(location + "/decision").with(user(households.user("front.door")))
			.with(csrf())
			.param("decision", "STRATEGY_DISCUSSION")
			.param("rationale", "")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter the reasons for the decision"),
					containsString("value=\"STRATEGY_DISCUSSION\" aria-describedby=\"decision-STRATEGY_DISCUSSION-hint\" checked"))));
		mvc.perform(post(location + "/decision").with(user(households.user("front.door")))
			.with(csrf())
			.param("decision", "STRATEGY_DISCUSSION")
			.param("rationale", "Bruising on a non-mobile baby")
			.param("version", "0"))
			.andExpect(redirectedUrlPattern("/referrals/*"));
		mvc.perform(get(location).with(user(households.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Strategy discussion / s47 enquiries"),
					containsString("Bruising on a non-mobile baby"))));
		mvc.perform(get(location + "/decision").with(user(households.user("health.visitor")))).andExpect(status().isForbidden());
	}

	@Test
	void a_step_down_without_a_plan_re_displays_naming_the_plan() throws Exception {
		var home = households.create("social.worker");
		levels.decide(households.actor("social.worker"), home.child(), "SPECIALIST", "Child in need", "Assessment");
		mvc.perform(get("/children/{id}/step-down", home.child()).with(user(households.user("social.worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is none yet")));
		mvc.perform(post("/children/{id}/step-down", home.child()).with(user(households.user("social.worker")))
			.with(csrf())
			.param("level", "TARGETED_EARLY_HELP")
			.param("reason", "Improved and held"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#plan\""), containsString("Improved and held"))));
		mvc.perform(get("/children/{id}/pathway", home.child()).with(user(households.user("social.worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Step down to early help")));
	}

	@Test
	void the_child_s_page_shows_the_pathway_panel() throws Exception {
		var home = households.create("teacher");
		mvc.perform(get("/children/{id}", home.child()).with(user(households.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Level of need"), containsString("Decide the level of need"),
					containsString("Record consent"), containsString("Refer to the front door"))));
	}

	@Test
	void a_missing_or_garbled_version_on_any_form_shows_the_stale_edit_message_and_changes_nothing() throws Exception {
		var home = households.create("health.visitor", "teacher");
		LevelDecision decided = levels.decide(households.actor("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		for (String version : new String[] { null, "", "seven" }) {
			var countersign = post("/level-decisions/{id}/countersign", decided.id()).with(user(households.user("school.dsl")))
				.with(csrf())
				.param("note", "Agreed");
			mvc.perform(version == null ? countersign : countersign.param("version", version))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Someone else changed this record"), containsString("Agreed"))));
		}
		assertThat(levels.read(households.actor("teacher"), decided.id()).countersigned()).isFalse();

		Consent given = consents.record(households.actor("health.visitor"), home.child(), new ChildConsents.Given(home.father(),
				null, "Plan", HowGiven.WRITTEN, LocalDate.now(), LawfulBasis.CONSENT));
		mvc.perform(post("/consents/{id}/withdraw", given.id()).with(user(households.user("health.visitor")))
			.with(csrf())
			.param("withdrawnOnDay", String.valueOf(LocalDate.now().getDayOfMonth()))
			.param("withdrawnOnMonth", String.valueOf(LocalDate.now().getMonthValue()))
			.param("withdrawnOnYear", String.valueOf(LocalDate.now().getYear()))
			.param("reason", "Mum asked us to stop"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else changed this record"),
					containsString("Mum asked us to stop"))));
		assertThat(consents.read(households.actor("health.visitor"), given.id()).withdrawn()).isFalse();

		Referral made = frontDoor.refer(households.actor("health.visitor"), home.child(), new FrontDoor.Request("SPECIALIST",
				false, "No change after three reviews", "Mum knows", null, null));
		mvc.perform(post("/referrals/{id}/decision", made.id()).with(user(households.user("front.door")))
			.with(csrf())
			.param("decision", "CHILD_AND_FAMILY_ASSESSMENT")
			.param("rationale", "Needs assessing")
			.param("version", "0x1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else changed this record"),
					containsString("Needs assessing"))));
		assertThat(frontDoor.read(households.actor("front.door"), made.id()).decided()).isFalse();
	}

	@Test
	void a_countersignature_by_someone_whose_role_may_not_is_forbidden() throws Exception {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(households.actor("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		mvc.perform(post("/level-decisions/{id}/countersign", decided.id()).with(user(households.user("teacher")))
			.with(csrf())
			.param("note", "Mine")
			.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(levels.read(households.actor("teacher"), decided.id()).countersigned()).isFalse();
	}
}
