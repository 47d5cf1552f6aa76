package org.seen.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.Actor;
import org.seen.access.RecordNotFound;
import org.seen.notifications.Notice;
import org.seen.pathway.ChildPathway;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.ReferralDecided;
import org.seen.pathway.ReferralDecision;
import org.seen.pathway.SteppedDown;
import org.seen.pathway.SteppedUp;
import org.seen.web.InvalidInput;
import org.seen.worklist.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Level decisions, consent, referrals and their decisions, step-up and step-down, against the database. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class PathwayTest {

	@Autowired
	ChildLevels levels;

	@Autowired
	ChildConsents consents;

	@Autowired
	FrontDoor frontDoor;

	@Autowired
	PathwayWork work;

	@Autowired
	ChildPathway pathway;

	@Autowired
	Households households;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.seen.access.ChildAccess access;

	Actor as(String username) {
		return households.actor(username);
	}

	ChildConsents.Given consentFrom(UUID adult) {
		return new ChildConsents.Given(adult, null, "Sharing information and an early help plan", HowGiven.WRITTEN,
				LocalDate.now().minusDays(1), LawfulBasis.CONSENT);
	}

	FrontDoor.Request referral(String level) {
		return new FrontDoor.Request(level, false, "Home conditions worsening over three visits",
				"Mum knows and agrees", null, null);
	}

	// level of need

	@Test
	void a_decision_at_the_suggested_level_needs_no_reason_to_differ_and_keeps_the_suggestion_beside_it() {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(as("teacher"), home.child(), "UNIVERSAL", "Needs met at school", "ignored");
		assertThat(decided.suggestedCode()).isEqualTo("UNIVERSAL");
		assertThat(decided.suggestionReasons()).isNotEmpty();
		assertThat(decided.differentReason()).isNull();
		assertThat(pathway.currentLevel(home.child())).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("UNIVERSAL"));
	}

	@Test
	void a_different_level_without_a_reason_is_refused_and_nothing_is_stored() {
		var home = households.create("teacher");
		assertThatThrownBy(() -> levels.decide(as("teacher"), home.child(), "EARLY_HELP", "Worried about lunches", " "))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.field()).isEqualTo("differentReason");
				assertThat(ex.getMessage()).contains("Level 2: early help", "Level 1: universal");
			});
		assertThat(households.count("level_decision", home.child())).isZero();
	}

	@Test
	void a_decision_with_no_level_and_no_rationale_names_both_fields() {
		var home = households.create("teacher");
		assertThatThrownBy(() -> levels.decide(as("teacher"), home.child(), "NOT_A_LEVEL", "", null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field()).containsExactly("level", "rationale"));
	}

	@Test
	void decision_history_is_kept_newest_first() {
		var home = households.create("teacher");
		levels.decide(as("teacher"), home.child(), "UNIVERSAL", "First look", null);
		levels.decide(as("teacher"), home.child(), "EARLY_HELP", "Second look", "Two missed dental appointments since");
		List<LevelDecision> history = levels.view(as("teacher"), home.child()).history();
		assertThat(history).extracting(LevelDecision::rationale).containsExactly("Second look", "First look");
	}

	@Test
	void a_child_the_actor_may_not_see_is_not_found() {
		var home = households.create("teacher");
		assertThatThrownBy(() -> levels.decide(as("police.officer"), home.child(), "UNIVERSAL", "x", null))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> levels.view(as("health.visitor"), home.child())).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void a_dsl_countersigns_once_and_not_their_own_decision_nor_a_stale_one() {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(as("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		assertThatThrownBy(() -> levels.countersign(as("teacher"), decided.id(), decided.version(), null))
			.isInstanceOfSatisfying(AccessDeniedException.class, ex -> assertThat(ex.getMessage()).contains("manager or designated"));
		assertThatThrownBy(() -> levels.countersign(as("school.dsl"), decided.id(), decided.version() + 5, "ok"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		LevelDecision signed = levels.countersign(as("school.dsl"), decided.id(), decided.version(), "Agreed");
		assertThat(signed.countersignedBy()).isEqualTo("Owen Pritchard");
		assertThat(signed.countersignNote()).isEqualTo("Agreed");
		assertThatThrownBy(() -> levels.countersign(as("school.dsl"), decided.id(), signed.version(), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("already been countersigned"));

		LevelDecision own = levels.decide(as("school.dsl"), home.child(), "UNIVERSAL", "Still met", null);
		assertThatThrownBy(() -> levels.countersign(as("school.dsl"), own.id(), own.version(), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("Someone other than"));
	}

	@Test
	void a_decision_waiting_for_countersignature_is_in_the_dsl_s_worklist() {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(as("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		assertThat(work.workFor(as("school.dsl"))).extracting(WorkItem::link)
			.contains("/level-decisions/" + decided.id() + "/countersign");
		levels.countersign(as("school.dsl"), decided.id(), decided.version(), null);
		assertThat(work.workFor(as("school.dsl"))).extracting(WorkItem::link)
			.doesNotContain("/level-decisions/" + decided.id() + "/countersign");
	}

	// consent

	@Test
	void consent_from_a_parent_stands_until_withdrawn() {
		var home = households.create("health.visitor");
		Consent given = consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		assertThat(given.givenBy()).isEqualTo("Edda Pathwaytest (Mother)");
		assertThat(pathway.hasEarlyHelpConsent(home.child(), LocalDate.now())).isTrue();
		consents.withdraw(as("health.visitor"), given.id(), given.version(), LocalDate.now(), "Mum no longer wants the plan");
		assertThat(pathway.hasEarlyHelpConsent(home.child(), LocalDate.now())).isFalse();
		assertThat(pathway.hasEarlyHelpConsent(home.child(), LocalDate.now().minusDays(1))).isTrue();
	}

	@Test
	void a_young_person_s_consent_is_recorded_by_name() {
		var home = households.create("health.visitor");
		Consent given = consents.record(as("health.visitor"), home.child(), new ChildConsents.Given(null, " Wren ",
				"Talking to the school nurse", HowGiven.VERBAL, LocalDate.now(), LawfulBasis.CONSENT));
		assertThat(given.givenBy()).isEqualTo("Wren");
	}

	@Test
	void consent_with_every_field_missing_names_each_and_stores_nothing() {
		var home = households.create("health.visitor");
		assertThatThrownBy(() -> consents.record(as("health.visitor"), home.child(),
				new ChildConsents.Given(null, null, null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("givenBy", "purpose", "how", "givenOn", "lawfulBasis"));
		assertThat(households.count("early_help_consent", home.child())).isZero();
	}

	@Test
	void consent_from_another_family_s_adult_or_in_the_future_is_refused() {
		var home = households.create("health.visitor");
		var other = households.create("health.visitor");
		assertThatThrownBy(() -> consents.record(as("health.visitor"), home.child(), consentFrom(other.mother())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("givenBy"));
		assertThatThrownBy(() -> consents.record(as("health.visitor"), home.child(), new ChildConsents.Given(home.mother(),
				null, "Plan", HowGiven.WRITTEN, LocalDate.now().plusDays(1), LawfulBasis.CONSENT)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("givenOn"));
	}

	@Test
	void withdrawing_before_consent_was_given_twice_or_from_a_stale_page_is_refused() {
		var home = households.create("health.visitor");
		Consent given = consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		assertThatThrownBy(() -> consents.withdraw(as("health.visitor"), given.id(), given.version(),
				LocalDate.now().minusDays(10), "Changed mind"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("withdrawnOn"));
		assertThatThrownBy(() -> consents.withdraw(as("health.visitor"), given.id(), given.version(), LocalDate.now(), ""))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> consents.withdraw(as("health.visitor"), given.id(), given.version() + 1, LocalDate.now(),
				"Changed mind"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		consents.withdraw(as("health.visitor"), given.id(), given.version(), LocalDate.now(), "Changed mind");
		assertThatThrownBy(() -> consents.withdraw(as("health.visitor"), given.id(), given.version() + 1, LocalDate.now(),
				"Again"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("already withdrawn"));
	}

	// referrals

	@Test
	void an_early_help_referral_without_consent_is_refused_and_nothing_is_stored() {
		var home = households.create("health.visitor");
		assertThatThrownBy(() -> frontDoor.refer(as("health.visitor"), home.child(), new FrontDoor.Request("EARLY_HELP",
				false, "Needs support", "Family knows", "They would refuse", LawfulBasis.PUBLIC_TASK)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("consent"));
		assertThat(households.count("front_door_referral", home.child())).isZero();
		assertThat(access.canSee(as("front.door"), home.child())).isFalse();
	}

	@Test
	void a_statutory_referral_without_consent_needs_a_reason_and_a_lawful_basis() {
		var home = households.create("health.visitor");
		assertThatThrownBy(() -> frontDoor.refer(as("health.visitor"), home.child(), referral("SPECIALIST")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("withoutConsentReason", "withoutConsentLawfulBasis"));
		Referral made = frontDoor.refer(as("health.visitor"), home.child(), new FrontDoor.Request("SPECIALIST", false,
				"Bruising seen on the baby's arm", "Not told: asking could put the child at risk",
				"Telling the family could put the child at greater risk", LawfulBasis.PUBLIC_TASK));
		assertThat(made.withConsent()).isFalse();
		assertThat(made.withoutConsentLawfulBasis()).isEqualTo(LawfulBasis.PUBLIC_TASK);
	}

	@Test
	void a_referral_without_a_reason_or_what_the_family_knows_is_refused() {
		var home = households.create("health.visitor");
		consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		assertThatThrownBy(() -> frontDoor.refer(as("health.visitor"), home.child(),
				new FrontDoor.Request("UNIVERSAL", false, " ", null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("requestedLevel", "reason", "familyKnows"));
		assertThat(households.count("front_door_referral", home.child())).isZero();
	}

	@Test
	void a_referral_carries_a_snapshot_and_lets_the_front_door_see_the_child() {
		var home = households.create("health.visitor");
		consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		assertThatThrownBy(() -> frontDoor.read(as("front.door"), UUID.randomUUID())).isInstanceOf(RecordNotFound.class);
		Referral made = frontDoor.refer(as("health.visitor"), home.child(), referral("TARGETED_EARLY_HELP"));
		assertThat(made.withConsent()).isTrue();
		assertThat(made.attached().levelName()).isEqualTo("Not yet decided");
		assertThat(made.attached().consent()).contains("Edda Pathwaytest");
		assertThat(made.attached().chronology()).isNotNull();
		assertThat(frontDoor.read(as("front.door"), made.id()).id()).isEqualTo(made.id());
		assertThat(frontDoor.queue(as("front.door"))).extracting(w -> w.referral().id()).contains(made.id());
		assertThat(work.workFor(as("front.door"))).extracting(WorkItem::link).contains("/referrals/" + made.id());
		// the queue is the front door's and managers'
		assertThatThrownBy(() -> frontDoor.queue(as("teacher"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_front_door_decides_once_the_referrer_is_told_and_reads_it() {
		var home = households.create("health.visitor");
		consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		Referral made = frontDoor.refer(as("health.visitor"), home.child(), referral("SPECIALIST"));
		assertThatThrownBy(() -> frontDoor.decide(as("health.visitor"), made.id(), made.version(),
				ReferralDecision.EARLY_HELP, "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> frontDoor.decide(as("front.door"), made.id(), made.version(), null, " "))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("decision", "rationale"));
		assertThatThrownBy(() -> frontDoor.decide(as("front.door"), made.id(), made.version() + 1,
				ReferralDecision.CHILD_AND_FAMILY_ASSESSMENT, "Needs assessing"))
			.isInstanceOf(OptimisticLockingFailureException.class);

		Referral decided = frontDoor.decide(as("front.door"), made.id(), made.version(),
				ReferralDecision.CHILD_AND_FAMILY_ASSESSMENT, "Needs a social work assessment");
		assertThat(decided.decision()).isEqualTo(ReferralDecision.CHILD_AND_FAMILY_ASSESSMENT);
		assertThat(decided.decidedBy()).isEqualTo("Priya Vance");
		assertThatThrownBy(() -> frontDoor.decide(as("front.door"), made.id(), decided.version(),
				ReferralDecision.ADVICE_NO_FURTHER_ACTION, "Changed mind"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("already decided"));

		assertThat(events.stream(ReferralDecided.class).filter(e -> e.referralId().equals(made.id()))).hasSize(1);
		Notice notice = events.stream(Notice.class).filter(n -> n.link().equals("/referrals/" + made.id())).findFirst().orElseThrow();
		assertThat(notice.practitionerIds()).containsExactly(as("health.visitor").practitionerId());
		assertThat(notice.subject() + notice.body()).doesNotContain("Wren", "Pathwaytest");

		assertThat(work.workFor(as("health.visitor"))).extracting(WorkItem::link).contains("/referrals/" + made.id());
		frontDoor.read(as("health.visitor"), made.id());
		assertThat(work.workFor(as("health.visitor"))).extracting(WorkItem::link).doesNotContain("/referrals/" + made.id());
		assertThat(frontDoor.queue(as("front.door"))).extracting(w -> w.referral().id()).doesNotContain(made.id());
	}

	// step-up and step-down

	@Test
	void stepping_up_from_early_help_records_the_transition() {
		var home = households.create("health.visitor");
		consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		levels.decide(as("health.visitor"), home.child(), "TARGETED_EARLY_HELP", "Team around the family", "Several needs");
		Referral made = frontDoor.refer(as("health.visitor"), home.child(), new FrontDoor.Request("SPECIALIST", true,
				"No change after three reviews", "Mum knows", null, null));
		assertThat(made.stepUp()).isTrue();
		assertThat(made.fromLevelCode()).isEqualTo("TARGETED_EARLY_HELP");
		List<Transition> transitions = levels.view(as("health.visitor"), home.child()).transitions();
		assertThat(transitions).singleElement().satisfies(t -> {
			assertThat(t.direction()).isEqualTo(Transition.Direction.STEP_UP);
			assertThat(t.toLevelCode()).isEqualTo("SPECIALIST");
			assertThat(t.referralId()).isEqualTo(made.id());
		});
		assertThat(events.stream(SteppedUp.class).filter(e -> e.childId().equals(home.child()))).hasSize(1);
	}

	@Test
	void a_step_down_without_an_accepted_early_help_plan_is_refused() {
		var home = households.create("social.worker");
		levels.decide(as("social.worker"), home.child(), "SPECIALIST", "Child in need", "Assessment found needs");
		assertThatThrownBy(() -> levels.stepDown(as("social.worker"), home.child(), "TARGETED_EARLY_HELP",
				"Things have improved"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.field()).isEqualTo("plan");
				assertThat(ex.getMessage()).contains("lead professional has accepted");
			});
		assertThat(households.count("level_transition", home.child())).isZero();
		assertThat(households.count("level_decision", home.child())).isEqualTo(1);
	}

	@Test
	void a_step_down_with_an_accepted_plan_records_an_early_help_level_and_the_transition() {
		var home = households.create("social.worker");
		levels.decide(as("social.worker"), home.child(), "SPECIALIST", "Child in need", "Assessment found needs");
		// an early-help plan agreed before the step-down, its lead (the early help manager) accepted
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, lead_practitioner_id, lead_accepted_at,
				  started_on, started_by, created_at)
				select ?, ?, 'TARGETED_EARLY_HELP', 'EARLY_HELP', true, a.practitioner_id, now(), current_date, 'A manager', now()
				from account a where a.username = 'manager'""")
			.params(java.util.UUID.randomUUID(), home.child())
			.update();
		assertThatThrownBy(() -> levels.stepDown(as("social.worker"), home.child(), "SPECIALIST", ""))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("level", "reason"));
		LevelDecision down = levels.stepDown(as("social.worker"), home.child(), "TARGETED_EARLY_HELP",
				"Home conditions improved and held for three months; the plan keeps the team around the family");
		assertThat(down.levelCode()).isEqualTo("TARGETED_EARLY_HELP");
		assertThat(pathway.currentLevel(home.child())).hasValueSatisfying(l -> assertThat(l.earlyHelp()).isTrue());
		assertThat(levels.view(as("social.worker"), home.child()).transitions()).singleElement()
			.satisfies(t -> assertThat(t.direction()).isEqualTo(Transition.Direction.STEP_DOWN));
		assertThat(events.stream(SteppedDown.class).filter(e -> e.childId().equals(home.child()))).hasSize(1);
		// from early help there is nothing to step down from
		assertThatThrownBy(() -> levels.stepDown(as("social.worker"), home.child(), "EARLY_HELP", "Again"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("statutory level"));
	}

	@Test
	void only_social_care_steps_a_child_down() {
		var home = households.create("teacher");
		assertThatThrownBy(() -> levels.stepDown(as("teacher"), home.child(), "EARLY_HELP", "Better"))
			.isInstanceOf(AccessDeniedException.class);
	}

	// refusals by role

	int audited(String action, UUID recordId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
			.params(action, recordId)
			.query(Integer.class)
			.single();
	}

	@Test
	void a_countersignature_refused_by_role_is_a_403_audited_as_denied() {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(as("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		assertThatThrownBy(() -> levels.countersign(as("teacher"), decided.id(), decided.version(), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(audited("DENIED", decided.id())).isEqualTo(1);
		assertThat(audited("CHANGE", decided.id())).isZero();
		assertThat(levels.read(as("teacher"), decided.id()).countersigned()).isFalse();
	}

	@Test
	void a_referral_decision_refused_by_role_leaves_a_denied_entry_and_no_change() {
		var home = households.create("health.visitor");
		consents.record(as("health.visitor"), home.child(), consentFrom(home.mother()));
		Referral made = frontDoor.refer(as("health.visitor"), home.child(), referral("SPECIALIST"));
		assertThatThrownBy(() -> frontDoor.decide(as("health.visitor"), made.id(), made.version(),
				ReferralDecision.EARLY_HELP, "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> frontDoor.toDecide(as("health.visitor"), made.id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(audited("DENIED", made.id())).isEqualTo(2);
		assertThat(audited("CHANGE", made.id())).isZero();
		assertThat(frontDoor.read(as("front.door"), made.id()).decided()).isFalse();
	}

	@Test
	void a_level_decision_or_step_down_refused_by_role_leaves_a_denied_entry() {
		var home = households.create("teacher");
		int before = jdbc.sql("select count(*) from audit_entry where action = 'DENIED' and child_id = ?")
			.param(home.child())
			.query(Integer.class)
			.single();
		assertThatThrownBy(() -> levels.stepDown(as("teacher"), home.child(), "EARLY_HELP", "Better"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> levels.decide(agencySystem(), home.child(), "UNIVERSAL", "Needs met", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DENIED' and child_id = ?")
			.param(home.child())
			.query(Integer.class)
			.single()).isEqualTo(before + 2);
		assertThat(households.count("level_decision", home.child())).isZero();
	}

	@Test
	void consent_refused_by_role_leaves_a_denied_entry_and_nothing_stored() {
		var home = households.create("teacher");
		Consent given = consents.record(as("teacher"), home.child(), consentFrom(home.mother()));
		assertThatThrownBy(() -> consents.record(agencySystem(), home.child(), consentFrom(home.mother())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> consents.withdraw(agencySystem(), given.id(), given.version(), LocalDate.now(), "Asked"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(audited("DENIED", given.id())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DENIED' and child_id = ? and record_type = 'CONSENT'")
			.param(home.child())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(households.count("early_help_consent", home.child())).isEqualTo(1);
		assertThat(consents.read(as("teacher"), given.id()).withdrawn()).isFalse();
	}

	@Test
	void the_front_door_queue_refused_by_role_is_audited_as_denied() {
		Actor teacher = as("teacher");
		int before = jdbc.sql("select count(*) from audit_entry where action = 'DENIED' and record_type = 'FRONT_DOOR_QUEUE' and account_id = ?")
			.param(teacher.accountId())
			.query(Integer.class)
			.single();
		assertThatThrownBy(() -> frontDoor.queue(teacher)).isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DENIED' and record_type = 'FRONT_DOOR_QUEUE' and account_id = ?")
			.param(teacher.accountId())
			.query(Integer.class)
			.single()).isEqualTo(before + 1);
	}

	@Test
	void a_change_without_a_version_is_refused_naming_the_version() {
		var home = households.create("teacher");
		LevelDecision decided = levels.decide(as("teacher"), home.child(), "UNIVERSAL", "Needs met", null);
		assertThatThrownBy(() -> levels.countersign(as("school.dsl"), decided.id(), null, "Agreed"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("version"));
		assertThat(levels.read(as("teacher"), decided.id()).countersigned()).isFalse();
	}

	/** Sees the school's children (the whole agency) but does not work with them. */
	Actor agencySystem() {
		Actor teacher = as("teacher");
		return new Actor(teacher.accountId(), teacher.username(), teacher.displayName(), org.seen.access.Role.AGENCY_SYSTEM,
				teacher.practitioner());
	}
}
