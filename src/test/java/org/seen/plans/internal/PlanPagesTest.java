package org.seen.plans.internal;

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

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.BreakGlass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The plan's forms re-display their mistakes with an error summary, keep what was typed, and store nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PlanFamily.class)
class PlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFamily family;

	@Autowired
	ChildPlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BreakGlass breakGlass;

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder firstReview(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		LocalDate review = LocalDate.now().plusWeeks(6);
		return request.param("firstReviewOnDay", String.valueOf(review.getDayOfMonth()))
			.param("firstReviewOnMonth", String.valueOf(review.getMonthValue()))
			.param("firstReviewOnYear", String.valueOf(review.getYear()));
	}

	@Test
	void with_no_level_decided_the_start_page_says_decide_the_level_first_and_links_to_it() throws Exception {
		var home = family.create("health.visitor");
		mvc.perform(get("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Decide the level of need first")))
			.andExpect(content().string(containsString("/children/" + home.child() + "/level")))
			.andExpect(content().string(not(containsString("Start the plan"))));
	}

	@Test
	void early_help_without_consent_offers_no_form_and_a_posted_one_is_refused() throws Exception {
		var home = family.create("health.visitor");
		family.level(home.child(), "EARLY_HELP");
		mvc.perform(get("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor"))))
			.andExpect(content().string(containsString("Early help needs the family's consent")))
			.andExpect(content().string(not(containsString("Start the plan"))));
		LocalDate review = LocalDate.now().plusWeeks(6);
		mvc.perform(post("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("lead", family.practitioner("health.visitor").toString())
			.param("firstReviewOnDay", String.valueOf(review.getDayOfMonth()))
			.param("firstReviewOnMonth", String.valueOf(review.getMonthValue()))
			.param("firstReviewOnYear", String.valueOf(review.getYear())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Early help needs the family")));
		assertThat(jdbc.sql("select count(*) from plan where child_id = ?").param(home.child()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_plan_started_with_no_lead_and_a_false_date_comes_back_with_both_errors_and_what_was_typed() throws Exception {
		var home = family.ready("health.visitor");
		mvc.perform(post("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("meetingPlace", "Rowan children’s centre")
			.param("firstReviewOnDay", "31")
			.param("firstReviewOnMonth", "2")
			.param("firstReviewOnYear", "2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("First review date must be a real date")))
			.andExpect(content().string(containsString("Rowan children’s centre")));
		mvc.perform(post("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("firstReviewOnDay", "1")
			.param("firstReviewOnMonth", "2")
			.param("firstReviewOnYear", String.valueOf(LocalDate.now().getYear() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the lead professional")));
		assertThat(jdbc.sql("select count(*) from plan where child_id = ?").param(home.child()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_plan_is_started_from_the_form_and_shown_on_the_childs_page() throws Exception {
		var home = family.ready("health.visitor");
		LocalDate review = LocalDate.now().plusWeeks(6);
		mvc.perform(post("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("lead", family.practitioner("health.visitor").toString())
			.param("firstReviewOnDay", String.valueOf(review.getDayOfMonth()))
			.param("firstReviewOnMonth", String.valueOf(review.getMonthValue()))
			.param("firstReviewOnYear", String.valueOf(review.getYear())))
			.andExpect(redirectedUrlPattern("/plans/*"));
		mvc.perform(get("/children/{id}", home.child()).with(user(family.user("health.visitor"))))
			.andExpect(content().string(containsString("Team Around the Family plan")))
			.andExpect(content().string(containsString("Open the plan")));
	}

	@Test
	void an_outcome_with_a_target_no_better_than_the_baseline_comes_back_with_the_error_against_the_target() throws Exception {
		var home = family.ready("health.visitor");
		UUID id = plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, null)).plan().id();
		LocalDate by = LocalDate.now().plusMonths(2);
		mvc.perform(post("/plans/{id}/outcomes/new", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("kind", "ITEM")
			.param("itemId", "nutrition")
			.param("difference", "Wren has a cooked meal every evening")
			.param("targetGrade", "3")
			.param("targetOnDay", String.valueOf(by.getDayOfMonth()))
			.param("targetOnMonth", String.valueOf(by.getMonthValue()))
			.param("targetOnYear", String.valueOf(by.getYear()))
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The target grade must be better (lower) than the grade at the assessment, 3")))
			.andExpect(content().string(containsString("Wren has a cooked meal every evening")));
		assertThat(jdbc.sql("select count(*) from plan_outcome where plan_id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_review_missing_the_voices_names_each_field_and_keeps_the_progress_chosen() throws Exception {
		var home = family.ready("health.visitor");
		UUID id = plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, null)).plan().id();
		PlanView view = plans.addOutcome(family.actor("health.visitor"), id, new Entries.NewOutcome("ITEM", "nutrition",
				null, "Breakfast every day", 2, LocalDate.now().plusMonths(2)));
		Outcome outcome = view.outcomes().get(0);
		LocalDate today = LocalDate.now();
		mvc.perform(post("/plans/{id}/reviews/new", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("version", String.valueOf(view.plan().version()))
			.param("heldOnDay", String.valueOf(today.getDayOfMonth()))
			.param("heldOnMonth", String.valueOf(today.getMonthValue()))
			.param("heldOnYear", String.valueOf(today.getYear()))
			.param("attendees", view.members().get(0).id().toString())
			.param("progress-" + outcome.id(), "SAME")
			.param("grade-" + outcome.id(), "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter what the child said or showed, or why their voice was not gathered")))
			.andExpect(content().string(containsString("Enter the family&#39;s view at the review")))
			.andExpect(content().string(containsString("value=\"SAME\" checked=\"checked\"")));
		assertThat(jdbc.sql("select count(*) from plan_review where plan_id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	@Test
	void an_action_edited_from_a_stale_page_is_refused_with_a_clear_message() throws Exception {
		var home = family.ready("health.visitor");
		UUID id = plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, null)).plan().id();
		PlanView view = plans.addAction(family.actor("health.visitor"), id, new Entries.NewAction("Home visit",
				plans.read(family.actor("health.visitor"), id).members().get(0).id(), LocalDate.now().plusDays(5), null));
		PlanAction action = view.actions().get(0);
		plans.changeAction(family.actor("health.visitor"), id, action.id(), action.version(),
				new Entries.ActionChange("DONE", null, null));
		mvc.perform(post("/plans/{id}/actions/{a}", id, action.id()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(action.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this plan")));
		assertThat(plans.read(family.actor("health.visitor"), id).actions().get(0).status()).isEqualTo(PlanAction.Status.DONE);
	}

	@Test
	void accepting_the_lead_or_closing_with_a_missing_or_garbled_version_gives_the_stale_edit_message() throws Exception {
		var home = family.ready("health.visitor");
		UUID id = plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, null)).plan().id();
		mvc.perform(post("/plans/{id}/accept-lead", id).with(user(family.user("health.visitor"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this plan")));
		mvc.perform(post("/plans/{id}/accept-lead", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("version", "zero"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this plan")));
		mvc.perform(post("/plans/{id}/close", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("reason", "OUTCOMES_ACHIEVED")
			.param("version", "1.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this plan")));
		mvc.perform(post("/plans/{id}/close", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("reason", "OUTCOMES_ACHIEVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this plan")));
		PlanView now = plans.read(family.actor("health.visitor"), id);
		assertThat(now.plan().leadAccepted()).isFalse();
		assertThat(now.plan().open()).isTrue();
	}

	@Test
	void someone_here_by_breaking_glass_is_told_only_people_working_with_the_child_may_start_a_plan() throws Exception {
		var home = family.ready("health.visitor");
		breakGlass.open(family.actor("police.officer"), home.child(), "Officer attending a call-out at the address");
		mvc.perform(get("/children/{id}/plans/new", home.child()).with(user(family.user("police.officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only people working with the child can start a plan")))
			.andExpect(content().string(not(containsString("Start the plan"))));
		mvc.perform(firstReview(post("/children/{id}/plans/new", home.child()).with(user(family.user("police.officer")))
			.with(csrf())
			.param("lead", family.practitioner("police.officer").toString())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only people working with the child can start a plan")));
		assertThat(jdbc.sql("select count(*) from plan where child_id = ?").param(home.child()).query(Integer.class).single())
			.isZero();
		UUID id = plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, null)).plan().id();
		mvc.perform(post("/plans/{id}/members/new", id).with(user(family.user("police.officer")))
			.with(csrf())
			.param("practitioner", family.practitioner("police.officer").toString()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only people working with the child can change who is in the team")));
		assertThat(jdbc.sql("select count(*) from involvement where child_id = ? and practitioner_id = ?")
			.params(home.child(), family.practitioner("police.officer")).query(Integer.class).single()).isZero();
	}

	@Test
	void a_statutory_plan_without_consent_asks_for_the_lawful_basis_and_shows_it_on_the_plan() throws Exception {
		var home = family.create("health.visitor");
		family.level(home.child(), "SPECIALIST");
		mvc.perform(get("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor"))))
			.andExpect(content().string(containsString("Lawful basis for sharing without consent")))
			.andExpect(content().string(containsString("value=\"PUBLIC_TASK\"")))
			.andExpect(content().string(not(containsString("value=\"CONSENT\""))));
		mvc.perform(firstReview(post("/children/{id}/plans/new", home.child()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("lead", family.practitioner("health.visitor").toString())
			.param("withoutConsentReason", "The family refuse and the risk is significant")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the lawful basis for sharing without consent")))
			.andExpect(content().string(containsString("The family refuse and the risk is significant")));
		String location = mvc.perform(firstReview(post("/children/{id}/plans/new", home.child())
			.with(user(family.user("health.visitor")))
			.with(csrf())
			.param("lead", family.practitioner("health.visitor").toString())
			.param("withoutConsentReason", "The family refuse and the risk is significant")
			.param("withoutConsentLawfulBasis", "PUBLIC_TASK")))
			.andExpect(redirectedUrlPattern("/plans/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user(family.user("health.visitor"))))
			.andExpect(content().string(containsString("Lawful basis: Public task (Article 6(1)(e))")));
	}
}
