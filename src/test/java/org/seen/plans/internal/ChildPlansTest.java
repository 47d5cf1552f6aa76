package org.seen.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.BreakGlass;
import org.seen.access.RecordNotFound;
import org.seen.family.FamilyPlan;
import org.seen.family.FamilyPlanSource;
import org.seen.notifications.Notice;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.EarlyHelpPlans;
import org.seen.plans.DriftCode;
import org.seen.plans.DriftFound;
import org.seen.plans.PlanStarted;
import org.seen.web.InvalidInput;
import org.seen.worklist.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@ActiveProfiles("test")
@Import(PlanFamily.class)
@RecordApplicationEvents
class ChildPlansTest {

	@Autowired
	ChildPlans plans;

	@Autowired
	PlanFamily family;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	PlanWorklist worklist;

	@Autowired
	FamilyPlanSource familyView;

	@Autowired
	EarlyHelpPlans earlyHelpPlans;

	@Autowired
	DailyDriftCheck daily;

	@Autowired
	BreakGlass breakGlass;

	Entries.Start ledBy(String username) {
		return new Entries.Start(family.practitioner(username), "Northbrook children's centre", null, null, null, null);
	}

	PlanView started(org.seen.TestHousehold.Home home) {
		return plans.start(family.actor("health.visitor"), home.child(), ledBy("health.visitor"));
	}

	int plansOf(UUID child) {
		return jdbc.sql("select count(*) from plan where child_id = ?").param(child).query(Integer.class).single();
	}

	int involvementsOf(UUID child, String username) {
		return jdbc.sql("select count(*) from involvement where child_id = ? and practitioner_id = ?")
			.params(child, family.practitioner(username))
			.query(Integer.class)
			.single();
	}

	int deniedTo(UUID child, String username) {
		return jdbc.sql("""
				select count(*) from audit_entry where child_id = ? and username = ? and action = 'DENIED'
				  and record_type = 'PLAN'""")
			.params(child, username)
			.query(Integer.class)
			.single();
	}

	@Test
	void an_early_help_plan_without_the_familys_consent_is_refused_and_nothing_is_stored() {
		var home = family.create("health.visitor");
		family.level(home.child(), "TARGETED_EARLY_HELP");
		assertThatThrownBy(() -> started(home)).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.getMessage()).contains("Early help needs the family's consent"));
		assertThat(plansOf(home.child())).isZero();
		family.consent(home.child());
		assertThat(started(home).plan().withConsent()).isTrue();
	}

	@Test
	void a_statutory_child_gets_an_early_help_plan_to_step_down_to_and_once_its_lead_accepts_the_step_down_may_go_ahead() {
		var home = family.create("health.visitor");
		family.level(home.child(), "SPECIALIST");
		Entries.Start stepDown = new Entries.Start(family.practitioner("health.visitor"), null, null, null, null,
				"TARGETED_EARLY_HELP");
		// early help still needs the family's consent
		assertThatThrownBy(() -> plans.start(family.actor("health.visitor"), home.child(), stepDown))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("consent"));
		// a step-down is to an early-help level, not to universal services or the same level
		family.consent(home.child());
		assertThatThrownBy(() -> plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, "SPECIALIST")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("stepDownTo"));
		assertThat(plansOf(home.child())).isZero();

		PlanView plan = plans.start(family.actor("health.visitor"), home.child(), stepDown);
		assertThat(plan.plan().levelCode()).isEqualTo("TARGETED_EARLY_HELP");
		assertThat(earlyHelpPlans.hasAcceptedEarlyHelpPlan(home.child())).isFalse();
		plans.acceptLead(family.actor("health.visitor"), plan.plan().id(), plan.plan().version());
		assertThat(earlyHelpPlans.hasAcceptedEarlyHelpPlan(home.child())).isTrue();
	}

	@Test
	void a_plan_to_step_down_is_only_for_a_child_at_a_statutory_level() {
		var home = family.create("health.visitor");
		family.level(home.child(), "EARLY_HELP");
		family.consent(home.child());
		assertThatThrownBy(() -> plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, null, null, null, "TARGETED_EARLY_HELP")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("stepDownTo"));
		assertThat(plansOf(home.child())).isZero();
	}

	@Test
	void consent_withdrawn_before_today_no_longer_lets_an_early_help_plan_start() {
		var home = family.create("health.visitor");
		family.level(home.child(), "EARLY_HELP");
		family.consent(home.child());
		jdbc.sql("update early_help_consent set withdrawn_on = current_date - 1, withdrawn_reason = 'Changed their mind' where child_id = ?")
			.param(home.child())
			.update();
		assertThatThrownBy(() -> started(home)).isInstanceOf(InvalidInput.class);
		assertThat(plansOf(home.child())).isZero();
	}

	@Test
	void a_statutory_plan_may_start_without_consent_only_with_a_recorded_reason() {
		var home = family.create("health.visitor");
		family.level(home.child(), "SPECIALIST");
		assertThatThrownBy(() -> started(home)).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.field()).isEqualTo("withoutConsentReason"));
		assertThatThrownBy(() -> started(home)).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.problems()).extracting(org.seen.web.FormErrors.Problem::field)
					.containsExactly("withoutConsentReason", "withoutConsentLawfulBasis"));
		String reason = "Risk of significant harm: the family refused to engage";
		assertThatThrownBy(() -> plans.start(family.actor("health.visitor"), home.child(), new Entries.Start(
				family.practitioner("health.visitor"), null, null, reason, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("withoutConsentLawfulBasis"));
		assertThatThrownBy(() -> plans.start(family.actor("health.visitor"), home.child(), new Entries.Start(
				family.practitioner("health.visitor"), null, null, reason, LawfulBasis.CONSENT, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.field()).isEqualTo("withoutConsentLawfulBasis");
				assertThat(ex.getMessage()).contains("Consent cannot be the lawful basis");
			});
		assertThat(plansOf(home.child())).isZero();
		PlanView plan = plans.start(family.actor("health.visitor"), home.child(), new Entries.Start(
				family.practitioner("health.visitor"), null, null, reason, LawfulBasis.PUBLIC_TASK, null));
		assertThat(plan.plan().withConsent()).isFalse();
		assertThat(plan.plan().withoutConsentReason()).startsWith("Risk of significant harm");
		assertThat(plans.read(family.actor("health.visitor"), plan.plan().id()).plan().withoutConsentLawfulBasis())
			.isEqualTo(LawfulBasis.PUBLIC_TASK);
	}

	@Test
	void with_consent_standing_no_reason_or_lawful_basis_for_going_without_it_is_recorded() {
		var home = family.create("health.visitor");
		family.level(home.child(), "SPECIALIST");
		family.consent(home.child());
		PlanView plan = plans.start(family.actor("health.visitor"), home.child(), new Entries.Start(
				family.practitioner("health.visitor"), null, null, "Not needed", LawfulBasis.VITAL_INTERESTS, null));
		assertThat(plan.plan().withConsent()).isTrue();
		assertThat(plan.plan().withoutConsentReason()).isNull();
		assertThat(plan.plan().withoutConsentLawfulBasis()).isNull();
	}

	@Test
	void someone_here_by_breaking_glass_cannot_start_a_plan_or_join_its_team_and_gains_no_involvement() {
		var home = family.ready("health.visitor");
		breakGlass.open(family.actor("police.officer"), home.child(), "Officer attending a call-out at the address");
		assertThatThrownBy(() -> plans.start(family.actor("police.officer"), home.child(), ledBy("police.officer")))
			.isInstanceOfSatisfying(AccessDeniedException.class,
					ex -> assertThat(ex.getMessage()).startsWith("Only people working with the child"));
		assertThat(plansOf(home.child())).isZero();

		UUID id = started(home).plan().id();
		assertThatThrownBy(() -> plans.addMember(family.actor("police.officer"), id, family.practitioner("police.officer")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(plans.read(family.actor("police.officer"), id).members()).extracting(Member::name)
			.doesNotContain("Joanne Hartigan");
		assertThat(involvementsOf(home.child(), "police.officer")).as("no lasting access").isZero();
		assertThat(deniedTo(home.child(), "police.officer")).as("both refusals audited").isEqualTo(2);
	}

	@Test
	void with_no_level_decided_the_plan_is_refused_with_decide_the_level_first() {
		var home = family.create("health.visitor");
		family.consent(home.child());
		assertThatThrownBy(() -> started(home)).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.getMessage()).isEqualTo("Decide the level of need first"));
		assertThat(plansOf(home.child())).isZero();
	}

	@Test
	void the_first_review_defaults_to_six_weeks_and_the_child_has_one_open_plan_at_a_time() {
		var home = family.ready("health.visitor");
		PlanView plan = started(home);
		assertThat(plan.plan().nextReviewOn()).isEqualTo(plans.today().plusWeeks(6));
		assertThat(events.stream(PlanStarted.class).filter(e -> e.childId().equals(home.child()))).hasSize(1);
		assertThatThrownBy(() -> started(home)).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.field()).isEqualTo("plan"));
		assertThat(plansOf(home.child())).isEqualTo(1);
	}

	@Test
	void a_practitioner_not_involved_with_the_child_cannot_start_or_read_a_plan() {
		var home = family.ready("health.visitor");
		assertThatThrownBy(() -> plans.start(family.actor("police.officer"), home.child(), ledBy("police.officer")))
			.isInstanceOf(RecordNotFound.class);
		UUID id = started(home).plan().id();
		assertThatThrownBy(() -> plans.read(family.actor("police.officer"), id)).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void the_nominated_lead_accepts_and_becomes_the_lead_professional() {
		var home = family.ready("teacher");
		PlanView plan = plans.start(family.actor("teacher"), home.child(), ledBy("health.visitor"));
		assertThat(plan.plan().leadAccepted()).isFalse();
		assertThat(earlyHelpPlans.hasAcceptedEarlyHelpPlan(home.child())).isFalse();
		assertThat(events.stream(Notice.class).filter(n -> home.child().equals(n.childId()))
			.anyMatch(n -> n.practitionerIds().contains(family.practitioner("health.visitor")))).isTrue();
		// the nominee sees it in their worklist, and no one else may accept for them
		assertThat(worklist.workFor(family.actor("health.visitor")))
			.anyMatch(item -> item.childId().equals(home.child()) && item.kind().equals("Accept the lead"));
		assertThatThrownBy(() -> plans.acceptLead(family.actor("teacher"), plan.plan().id(), plan.plan().version()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("lead"));

		PlanView accepted = plans.acceptLead(family.actor("health.visitor"), plan.plan().id(), plan.plan().version());
		assertThat(accepted.plan().leadAccepted()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from involvement where child_id = ? and practitioner_id = ? and kind = 'LEAD_PROFESSIONAL'""")
			.params(home.child(), family.practitioner("health.visitor"))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(earlyHelpPlans.hasAcceptedEarlyHelpPlan(home.child())).isTrue();
		assertThat(worklist.workFor(family.actor("health.visitor")))
			.noneMatch(item -> item.childId().equals(home.child()) && item.kind().equals("Accept the lead"));
	}

	@Test
	void accepting_the_lead_from_a_stale_page_is_refused() {
		var home = family.ready("health.visitor");
		PlanView plan = started(home);
		plans.changeDetails(family.actor("health.visitor"), plan.plan().id(), plan.plan().version(),
				plans.today().plusWeeks(3), "The family home");
		assertThatThrownBy(() -> plans.acceptLead(family.actor("health.visitor"), plan.plan().id(), plan.plan().version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(plans.read(family.actor("health.visitor"), plan.plan().id()).plan().leadAccepted()).isFalse();
	}

	@Test
	void a_member_added_to_the_team_becomes_involved_with_the_child() {
		var home = family.ready("health.visitor");
		PlanView plan = started(home);
		assertThat(plans.ofChild(family.actor("health.visitor"), home.child())).hasSize(1);
		assertThatThrownBy(() -> plans.read(family.actor("police.officer"), plan.plan().id())).isInstanceOf(RecordNotFound.class);
		plans.addMember(family.actor("health.visitor"), plan.plan().id(), family.practitioner("police.officer"));
		assertThat(plans.read(family.actor("police.officer"), plan.plan().id()).members())
			.extracting(Member::name)
			.contains("Joanne Hartigan");
		assertThatThrownBy(() -> plans.addMember(family.actor("health.visitor"), plan.plan().id(), family.practitioner("police.officer")))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void fathers_and_typed_family_members_join_the_team() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		plans.addFamily(family.actor("health.visitor"), id, home.father(), null, null);
		plans.addFamily(family.actor("health.visitor"), id, null, "Auntie Mo", "Aunt");
		assertThatThrownBy(() -> plans.addFamily(family.actor("health.visitor"), id, null, "Someone", null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("relationship"));
		assertThatThrownBy(() -> plans.addFamily(family.actor("health.visitor"), id, UUID.randomUUID(), null, null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("adult"));
		assertThat(plans.read(family.actor("health.visitor"), id).parts().family()).extracting(Member::describe)
			.containsExactlyInAnyOrder("Piet Planfamily (Father)", "Auntie Mo (Aunt)");
	}

	@Test
	void an_outcome_takes_its_baseline_from_the_assessment_and_needs_a_better_target() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		LocalDate by = plans.today().plusMonths(3);
		assertThatThrownBy(() -> plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, "Wren has breakfast every day", 3, by)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("targetGrade"));
		assertThatThrownBy(() -> plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "warmth-and-responsiveness", null, "More cuddles", 1, by)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("itemId"));
		assertThatThrownBy(() -> plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, " ", 2, plans.today())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(org.seen.web.FormErrors.Problem::field)
				.containsExactly("difference", "targetOn"));
		assertThat(jdbc.sql("select count(*) from plan_outcome where plan_id = ?").param(id).query(Integer.class).single())
			.isZero();

		PlanView view = plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, "Wren has breakfast every day", 2, by));
		Outcome outcome = view.outcomes().get(0);
		assertThat(outcome.baselineGrade()).isEqualTo(3);
		assertThat(outcome.itemTitle()).isEqualTo("Nutrition");
		view = plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("CHILD_VOICE", null, "I get scared when they shout", "Wren feels safe at home", null, by));
		assertThat(view.outcomes().get(1).graded()).isFalse();
	}

	@Test
	void an_outcome_with_no_completed_assessment_can_only_be_tied_to_the_childs_voice() {
		var home = family.create("health.visitor");
		family.level(home.child(), "TARGETED_EARLY_HELP");
		family.consent(home.child());
		UUID id = started(home).plan().id();
		assertThatThrownBy(() -> plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, "Breakfast", 2, plans.today().plusMonths(1))))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.getMessage()).contains("no completed assessment"));
	}

	@Test
	void a_stale_outcome_or_action_edit_is_refused_and_nothing_is_overwritten() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		LocalDate by = plans.today().plusMonths(3);
		PlanView view = plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, "Breakfast every day", 2, by));
		Outcome outcome = view.outcomes().get(0);
		plans.changeOutcome(family.actor("health.visitor"), id, outcome.id(), outcome.version(),
				new Entries.NewOutcome(null, null, null, "Breakfast and a packed lunch every day", 1, by));
		assertThatThrownBy(() -> plans.changeOutcome(family.actor("health.visitor"), id, outcome.id(), outcome.version(),
				new Entries.NewOutcome(null, null, null, "Something older", 2, by)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Outcome now = plans.read(family.actor("health.visitor"), id).outcomes().get(0);
		assertThat(now.difference()).isEqualTo("Breakfast and a packed lunch every day");
		assertThat(now.targetGrade()).isEqualTo(1);
		assertThat(now.baselineGrade()).isEqualTo(3);

		UUID owner = view.members().get(0).id();
		view = plans.addAction(family.actor("health.visitor"), id,
				new Entries.NewAction("Apply for free school meals", owner, plans.today().plusWeeks(2), outcome.id()));
		PlanAction action = view.actions().get(0);
		plans.changeAction(family.actor("health.visitor"), id, action.id(), action.version(),
				new Entries.ActionChange("DONE", "Approved", null));
		assertThatThrownBy(() -> plans.changeAction(family.actor("health.visitor"), id, action.id(), action.version(),
				new Entries.ActionChange("IN_PROGRESS", null, null)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(plans.read(family.actor("health.visitor"), id).actions().get(0).status()).isEqualTo(PlanAction.Status.DONE);
	}

	@Test
	void an_action_needs_an_owner_from_the_team_and_a_reason_when_not_done() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		assertThatThrownBy(() -> plans.addAction(family.actor("health.visitor"), id,
				new Entries.NewAction("Visit", UUID.randomUUID(), plans.today().minusDays(1), null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(org.seen.web.FormErrors.Problem::field)
				.containsExactly("owner", "dueOn"));
		PlanView view = plans.addAction(family.actor("health.visitor"), id,
				new Entries.NewAction("Visit", plans.read(family.actor("health.visitor"), id).members().get(0).id(),
						plans.today().plusDays(3), null));
		PlanAction action = view.actions().get(0);
		assertThatThrownBy(() -> plans.changeAction(family.actor("health.visitor"), id, action.id(), action.version(),
				new Entries.ActionChange("NOT_DONE", " ", null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("note"));
	}

	@Test
	void a_review_records_progress_regrades_the_linked_items_and_sets_the_next_review() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		PlanView view = plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, "Breakfast every day", 2, plans.today().plusMonths(3)));
		Outcome outcome = view.outcomes().get(0);
		Member lead = view.members().get(0);
		LocalDate held = plans.today();

		// refused: progress missing, no grade, no voice and no reason
		PlanView before = view;
		assertThatThrownBy(() -> plans.review(family.actor("health.visitor"), id, before.plan().version(),
				new Entries.NewReview(held, List.of(lead.id()), Map.of(), null, null, "We are trying", null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(org.seen.web.FormErrors.Problem::field)
				.containsExactly("progress-" + outcome.id(), "grade-" + outcome.id(), "childVoice"));
		assertThat(jdbc.sql("select count(*) from plan_review where plan_id = ?").param(id).query(Integer.class).single())
			.isZero();

		PlanView reviewed = plans.review(family.actor("health.visitor"), id, view.plan().version(),
				new Entries.NewReview(held, List.of(lead.id()),
						Map.of(outcome.id(), new Entries.OutcomeProgress("BETTER", 2, "Cereal in every morning")),
						"I had toast today", null, "Mum says mornings are calmer", "Wren eats breakfast most days",
						"Keep going", null));
		assertThat(reviewed.plan().nextReviewOn()).isEqualTo(held.plusWeeks(6));
		Review review = reviewed.reviews().get(0);
		assertThat(review.progressOn(outcome.id()).grade()).isEqualTo(2);
		assertThat(review.progressOn(outcome.id()).direction()).isEqualTo(Review.Direction.BETTER);
		assertThat(reviewed.latestGrade(reviewed.outcomes().get(0))).isEqualTo(2);
		assertThat(review.attendees()).containsExactly(lead.id());

		// a second review from the same stale page is refused
		assertThatThrownBy(() -> plans.review(family.actor("health.visitor"), id, view.plan().version(),
				new Entries.NewReview(held, List.of(lead.id()),
						Map.of(outcome.id(), new Entries.OutcomeProgress("SAME", 3, null)), "Hello", null, "Fine", null,
						null, null)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(jdbc.sql("select count(*) from plan_review where plan_id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void drift_found_on_viewing_reaches_the_lead_and_the_manager_until_a_manager_decides() {
		var home = family.ready("health.visitor", "social.worker");
		PlanView plan = started(home);
		UUID id = plan.plan().id();
		plans.acceptLead(family.actor("health.visitor"), id, plan.plan().version());
		jdbc.sql("update plan set next_review_on = current_date - 3 where id = ?").param(id).update();

		PlanView viewed = plans.read(family.actor("health.visitor"), id);
		assertThat(viewed.drift()).extracting(Finding::code).containsExactly(DriftCode.REVIEW_OVERDUE);
		plans.read(family.actor("health.visitor"), id);
		assertThat(events.stream(DriftFound.class).filter(e -> e.planId().equals(id))).as("told once").hasSize(1);
		assertThat(events.stream(Notice.class).filter(n -> n.link().equals("/plans/" + id))
			.anyMatch(n -> n.practitionerIds().contains(family.practitioner("manager"))
					&& n.practitionerIds().contains(family.practitioner("health.visitor"))
					&& !n.subject().contains("Wren"))).isTrue();

		assertThat(worklist.workFor(family.actor("health.visitor")))
			.anyMatch(item -> item.childId().equals(home.child()) && item.urgency() == WorkItem.Urgency.OVERDUE
					&& item.kind().equals("Drift: review overdue"));
		assertThat(worklist.workFor(family.actor("manager")))
			.anyMatch(item -> item.childId().equals(home.child()) && item.kind().equals("Drift: review overdue"));
		assertThat(worklist.workFor(family.actor("teacher"))).noneMatch(item -> item.childId().equals(home.child()));

		Finding finding = viewed.drift().get(0);
		assertThatThrownBy(() -> plans.decide(family.actor("health.visitor"), id, finding.id(), finding.version(),
				"Hold the review next week", plans.today().plusWeeks(1)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> plans.decide(family.actor("manager"), id, finding.id(), finding.version(), " ",
				plans.today()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(org.seen.web.FormErrors.Problem::field)
				.containsExactly("decision", "lookAgainOn"));
		plans.decide(family.actor("manager"), id, finding.id(), finding.version(), "Hold the review next week, chaired by me",
				plans.today().plusWeeks(1));
		assertThat(worklist.workFor(family.actor("manager")))
			.noneMatch(item -> item.childId().equals(home.child()) && item.kind().startsWith("Drift"));

		// the review held: the drift is resolved
		PlanView now = plans.read(family.actor("health.visitor"), id);
		plans.changeDetails(family.actor("health.visitor"), id, now.plan().version(), plans.today().plusWeeks(5), null);
		assertThat(plans.read(family.actor("health.visitor"), id).drift()).isEmpty();
		assertThat(jdbc.sql("select resolved_on from drift_finding where id = ?").param(finding.id())
			.query(LocalDate.class).single()).isEqualTo(plans.today());
	}

	@Test
	void overdue_actions_show_to_their_owner_and_reviews_due_soon_to_the_lead() {
		var home = family.ready("health.visitor");
		PlanView plan = plans.start(family.actor("health.visitor"), home.child(),
				new Entries.Start(family.practitioner("health.visitor"), null, plans.today().plusDays(10), null, null, null));
		UUID id = plan.plan().id();
		plans.addMember(family.actor("health.visitor"), id, family.practitioner("teacher"));
		Member gp = plans.read(family.actor("health.visitor"), id).members().stream()
			.filter(m -> "Amira Castell".equals(m.name())).findFirst().orElseThrow();
		plans.addAction(family.actor("health.visitor"), id, new Entries.NewAction("Book a dental check", gp.id(),
				plans.today().plusDays(1), null));
		jdbc.sql("update plan_action set due_on = current_date - 2 where plan_id = ?").param(id).update();
		assertThat(worklist.workFor(family.actor("teacher")))
			.anyMatch(item -> item.childId().equals(home.child()) && item.kind().equals("Action overdue")
					&& item.detail().equals("Book a dental check"));
		assertThat(worklist.workFor(family.actor("health.visitor")))
			.anyMatch(item -> item.childId().equals(home.child()) && item.urgency() == WorkItem.Urgency.DUE_SOON);
	}

	@Test
	void the_family_reads_its_plan_in_plain_words_without_grades() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		PlanView view = plans.addOutcome(family.actor("health.visitor"), id,
				new Entries.NewOutcome("ITEM", "nutrition", null, "Wren has breakfast every day", 2, plans.today().plusMonths(3)));
		plans.addFamily(family.actor("health.visitor"), id, home.mother(), null, null);
		view = plans.read(family.actor("health.visitor"), id);
		Member mother = view.parts().family().get(0);
		plans.addAction(family.actor("health.visitor"), id,
				new Entries.NewAction("Keep cereal and milk in", mother.id(), plans.today().plusWeeks(1), null));
		Outcome outcome = view.outcomes().get(0);
		plans.review(family.actor("health.visitor"), id, plans.read(family.actor("health.visitor"), id).plan().version(),
				new Entries.NewReview(plans.today(), List.of(mother.id()),
						Map.of(outcome.id(), new Entries.OutcomeProgress("BETTER", 2, "Evidence: seen cereal")),
						"Toast is nice", null, "Better mornings", "Wren gets to school on time", null, null));

		FamilyPlan seen = familyView.openPlanFor(home.child()).orElseThrow();
		assertThat(seen.goingWell()).containsExactly("Getting better: Wren has breakfast every day",
				"Wren gets to school on time");
		assertThat(seen.toChange()).singleElement().satisfies(change -> {
			assertThat(change.howWeWillKnow()).isEqualTo("Wren has breakfast every day");
			assertThat(change.progress()).isEqualTo("Getting better");
		});
		assertThat(seen.actions()).singleElement().satisfies(action -> assertThat(action.who()).isEqualTo("Mother"));
		assertThat(seen.nextMeeting()).isEqualTo(plans.today().plusWeeks(6));
		assertThat(seen.lastReview()).contains("1 getting better").doesNotContainPattern("[Gg]rade");
		assertThat(seen.toString()).doesNotContain("Evidence: seen cereal").doesNotContain("grade");
		assertThat(familyView.openPlanFor(family.create().child())).isEmpty();
	}

	@Test
	void closing_by_anyone_but_the_lead_a_manager_or_a_safeguarding_lead_is_forbidden_and_audited() {
		var home = family.ready("health.visitor", "teacher");
		PlanView plan = started(home);
		UUID id = plan.plan().id();
		assertThatThrownBy(() -> plans.close(family.actor("teacher"), id, plan.plan().version(), "OUTCOMES_ACHIEVED", null))
			.isInstanceOfSatisfying(AccessDeniedException.class, ex -> assertThat(ex.getMessage())
				.isEqualTo("Only the lead professional, a manager or a designated safeguarding lead can close the plan"));
		assertThat(plans.read(family.actor("teacher"), id).plan().open()).isTrue();
		assertThat(deniedTo(home.child(), "teacher")).isEqualTo(1);
	}

	@Test
	void a_reason_for_no_child_voice_over_2000_characters_is_refused_naming_the_reason() {
		var home = family.ready("health.visitor");
		PlanView plan = started(home);
		Member lead = plan.members().get(0);
		assertThatThrownBy(() -> plans.review(family.actor("health.visitor"), plan.plan().id(), plan.plan().version(),
				new Entries.NewReview(plans.today(), List.of(lead.id()), Map.of(), null, "x".repeat(2001), "Fine", null,
						null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.field()).isEqualTo("childVoiceMissingReason");
				assertThat(ex.getMessage())
					.isEqualTo("Why the child's voice was not gathered must be 2000 characters or fewer");
			});
	}

	@Test
	void the_family_never_reads_the_childs_own_words_only_what_will_be_different() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		plans.addOutcome(family.actor("health.visitor"), id, new Entries.NewOutcome("CHILD_VOICE", null,
				"Dad shouts when there is no food", "Wren has a calm tea every evening", null, plans.today().plusMonths(2)));

		FamilyPlan seen = familyView.openPlanFor(home.child()).orElseThrow();
		assertThat(seen.toChange()).singleElement().satisfies(change -> {
			assertThat(change.whatWeAreWorkingOn()).isEqualTo("Wren has a calm tea every evening");
			assertThat(change.howWeWillKnow()).isNull();
		});
		assertThat(seen.toString()).doesNotContain("Dad shouts").doesNotContain("told us");
		// the practitioners' pages keep the quote
		assertThat(plans.read(family.actor("health.visitor"), id).outcomes().get(0).childSaid())
			.isEqualTo("Dad shouts when there is no food");
	}

	@Test
	void closing_needs_a_reason_ends_drift_and_frees_the_child_for_a_new_plan() {
		var home = family.ready("health.visitor");
		PlanView plan = started(home);
		UUID id = plan.plan().id();
		assertThatThrownBy(() -> plans.close(family.actor("health.visitor"), id, plan.plan().version(), "OTHER", null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		plans.close(family.actor("health.visitor"), id, plan.plan().version(), "OUTCOMES_ACHIEVED", null);
		assertThatThrownBy(() -> plans.addMember(family.actor("health.visitor"), id, family.practitioner("teacher")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("plan"));
		assertThat(familyView.openPlanFor(home.child())).isEmpty();
		assertThat(started(home).plan().open()).isTrue();
	}

	@Test
	void the_daily_check_runs_once_a_day_and_opens_findings_for_plans_no_one_viewed() {
		var home = family.ready("health.visitor");
		UUID id = started(home).plan().id();
		jdbc.sql("update plan set next_review_on = current_date - 1 where id = ?").param(id).update();
		LocalDate day = LocalDate.of(2001, 1, (int) (Math.abs(id.getLeastSignificantBits()) % 28) + 1);
		jdbc.sql("delete from drift_check_run where checked_on = ?").param(day).update();
		assertThat(daily.check(day)).isTrue();
		assertThat(daily.check(day)).as("a second node finds the day claimed").isFalse();
		assertThat(jdbc.sql("select count(*) from drift_finding where plan_id = ? and code = 'REVIEW_OVERDUE' and resolved_on is null")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}
}
