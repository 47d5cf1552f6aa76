package org.seen.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seen.access.RecordNotFound;
import org.seen.agencies.Practitioners;
import org.seen.escalation.EscalationMovedUp;
import org.seen.escalation.EscalationRaised;
import org.seen.escalation.EscalationResolved;
import org.seen.notifications.Notice;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The stage rules on a fixed calendar: deadlines in working days across Christmas and New Year,
 * automatic move-up exactly at and the day after a deadline, the partnership's last stage, the
 * resolution rules, stale changes, and who may open an escalation.
 */
@SpringBootTest(properties = "seen.escalation.stage-days=3,5,10,10")
@ActiveProfiles("test")
@RecordApplicationEvents
class EscalationRulesTest {

	@TestConfiguration
	static class FixedDays {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}
	}

	static final LocalDate RAISED = LocalDate.of(2026, 12, 23);

	@Autowired
	SettableClock clock;

	@Autowired
	ChildEscalations escalations;

	@Autowired
	DailyEscalationCheck daily;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Practitioners practitioners;

	@Autowired
	ApplicationEvents events;

	@Autowired
	EscalationWork work;

	Parties parties;

	@BeforeEach
	void parties() {
		parties = new Parties(jdbc, practitioners);
		clock.setDay(RAISED);
	}

	private Escalation raised() {
		UUID child = parties.childKnownToSocialCare("Rules");
		return escalations.raise(parties.actor("teacher"), child, parties.aboutTheFrontDoor());
	}

	@Test
	void raised_on_23_december_the_first_stage_is_due_on_30_december() {
		Escalation e = raised();
		assertThat(e.stage()).isEqualTo(1);
		assertThat(e.stageStartedOn()).isEqualTo(RAISED);
		assertThat(e.stageDueOn()).isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(e.raisingAgency()).isEqualTo("Northbrook Primary School");
		assertThat(e.withAgency()).isEqualTo("Northbrook Children's Social Care");
		assertThat(events.stream(EscalationRaised.class).filter(r -> r.escalationId().equals(e.id()))).hasSize(1);
		// the agency it is raised with hears of it through its manager; the notice holds no personal data
		assertThat(events.stream(Notice.class).filter(n -> n.link().equals("/escalations/" + e.id())))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.practitionerIds()).contains(parties.practitioner("manager"));
				assertThat(n.subject() + n.body()).doesNotContain("Testchild", "Rules");
			});
	}

	@Test
	void on_its_deadline_it_stays_and_the_day_after_it_moves_up_when_viewed() {
		Escalation e = raised();
		clock.setDay(LocalDate.of(2026, 12, 30));
		assertThat(escalations.read(parties.actor("teacher"), e.id()).escalation().stage()).isEqualTo(1);

		clock.setDay(LocalDate.of(2026, 12, 31));
		Escalation moved = escalations.read(parties.actor("teacher"), e.id()).escalation();
		assertThat(moved.stage()).isEqualTo(2);
		assertThat(moved.stageStartedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		// five working days, New Year's Day skipped
		assertThat(moved.stageDueOn()).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(moved.stages().get(0).endedHow()).isEqualTo("MOVED_UP_AUTOMATICALLY");
		assertThat(moved.stages().get(0).endedReason())
			.isEqualTo("Moved up automatically: the stage 1 timescale passed on 30 December 2026");
		assertThat(moved.stages().get(0).endedBy()).isEqualTo(ChildEscalations.SYSTEM);
		assertThat(events.stream(EscalationMovedUp.class).filter(m -> m.escalationId().equals(e.id())))
			.singleElement()
			.satisfies(m -> assertThat(m.automatic()).isTrue());
	}

	@Test
	void the_daily_check_moves_each_overdue_escalation_one_stage_once_a_day() {
		Escalation e = raised();
		LocalDate day = LocalDate.of(2026, 12, 31);
		clock.setDay(day);
		// the day may have been claimed by another test of this class: the check is once a day whoever runs it
		jdbc.sql("delete from escalation_check where checked_on = ?").param(day).update();
		assertThat(daily.check(day)).isTrue();
		assertThat(daily.check(day)).as("a second node finds the day claimed").isFalse();
		assertThat(stageOf(e.id())).isEqualTo(2);
	}

	@Test
	void at_the_partnership_stage_an_overdue_escalation_stays_at_stage_4_and_is_flagged() {
		Escalation e = raised();
		clock.setDay(LocalDate.of(2026, 12, 31));
		escalations.read(parties.actor("teacher"), e.id());
		clock.setDay(LocalDate.of(2027, 1, 9));
		escalations.read(parties.actor("teacher"), e.id());
		clock.setDay(LocalDate.of(2027, 1, 23));
		Escalation atFour = escalations.read(parties.actor("teacher"), e.id()).escalation();
		assertThat(atFour.stage()).isEqualTo(4);
		assertThat(atFour.finalStageOverdueOn()).isNull();

		clock.setDay(atFour.stageDueOn().plusDays(1));
		Escalation flagged = escalations.read(parties.actor("teacher"), e.id()).escalation();
		assertThat(flagged.stage()).isEqualTo(4);
		assertThat(flagged.finalStageOverdueOn()).isEqualTo(atFour.stageDueOn());
		assertThat(flagged.stages()).hasSize(4);
		assertThatThrownBy(() -> escalations.moveUp(parties.actor("teacher"), e.id(), flagged.version(),
				new ChildEscalations.MoveUp(null, null, "Still no agreement")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("last stage");
	}

	@Test
	void moving_up_needs_a_reason_and_starts_the_next_stage_today() {
		Escalation e = raised();
		assertThatThrownBy(() -> escalations.moveUp(parties.actor("teacher"), e.id(), e.version(),
				new ChildEscalations.MoveUp("Both practitioners", "Met by phone", " ")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("reason"));
		assertThat(stageOf(e.id())).isEqualTo(1);

		clock.setDay(LocalDate.of(2026, 12, 24));
		Escalation moved = escalations.moveUp(parties.actor("teacher"), e.id(), e.version(),
				new ChildEscalations.MoveUp("Class teacher and front door social worker", "Met by phone",
						"The front door will not reopen the referral"));
		assertThat(moved.stage()).isEqualTo(2);
		assertThat(moved.stageDueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(moved.stages().get(0).handledBy()).isEqualTo("Class teacher and front door social worker");
		assertThat(moved.stages().get(0).endedHow()).isEqualTo("MOVED_UP");
	}

	@Test
	void a_stale_move_up_is_refused_and_nothing_is_overwritten() {
		Escalation e = raised();
		escalations.moveUp(parties.actor("teacher"), e.id(), e.version(),
				new ChildEscalations.MoveUp(null, null, "No reply from the front door"));
		assertThatThrownBy(() -> escalations.moveUp(parties.actor("manager"), e.id(), e.version(),
				new ChildEscalations.MoveUp(null, null, "Also no agreement")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Escalation now = escalations.read(parties.actor("teacher"), e.id()).escalation();
		assertThat(now.stage()).isEqualTo(2);
		assertThat(now.stages().get(0).endedReason()).isEqualTo("No reply from the front door");
	}

	@Test
	void resolving_needs_an_outcome_and_what_was_agreed_and_stores_nothing_without_them() {
		Escalation e = raised();
		assertThatThrownBy(() -> escalations.resolve(parties.actor("manager"), e.id(), e.version(),
				new ChildEscalations.Resolution(null, null, null, "", "Nothing new")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).problems()).extracting(p -> p.field())
				.containsExactly("outcome", "outcomeDetail"));
		assertThatThrownBy(() -> escalations.resolve(parties.actor("manager"), e.id(), e.version(),
				new ChildEscalations.Resolution(null, null, "SETTLED", "Agreed", "Nothing new")))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("Select the outcome");
		assertThat(jdbc.sql("select status from escalation where id = ?").param(e.id()).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void a_resolved_escalation_cannot_move_up_or_be_resolved_again() {
		Escalation e = raised();
		Escalation resolved = escalations.resolve(parties.actor("manager"), e.id(), e.version(),
				new ChildEscalations.Resolution("Early help team manager", "Reviewed the referral together",
						"DECISION_CHANGED", "The front door will open a child and family assessment",
						"Advice-only outcomes should say what would change the decision"));
		assertThat(resolved.open()).isFalse();
		assertThat(resolved.outcome()).isEqualTo(Outcome.DECISION_CHANGED);
		assertThat(resolved.stages().get(0).endedHow()).isEqualTo("RESOLVED");
		assertThat(events.stream(EscalationResolved.class).filter(r -> r.escalationId().equals(e.id()))).hasSize(1);

		assertThatThrownBy(() -> escalations.moveUp(parties.actor("teacher"), e.id(), resolved.version(),
				new ChildEscalations.MoveUp(null, null, "Changed my mind")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("resolved");
		assertThatThrownBy(() -> escalations.resolve(parties.actor("teacher"), e.id(), resolved.version(),
				new ChildEscalations.Resolution(null, null, "AGREED", "Agreed", "None")))
			.isInstanceOf(InvalidInput.class);
		// a resolved one is never moved by the clock either
		clock.setDay(LocalDate.of(2027, 3, 1));
		assertThat(escalations.read(parties.actor("teacher"), e.id()).escalation().stage()).isEqualTo(1);
	}

	@Test
	void raising_without_a_concern_or_agency_is_refused_and_nothing_is_stored() {
		UUID child = parties.childKnownToSocialCare("Refused");
		assertThatThrownBy(() -> escalations.raise(parties.actor("teacher"), child,
				new ChildEscalations.Raising("PLAN", "  ", "A review meeting", null, null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).problems()).extracting(p -> p.field())
				.containsExactly("concern", "withAgency"));
		// a practitioner from another agency than the one chosen
		assertThatThrownBy(() -> escalations.raise(parties.actor("teacher"), child,
				new ChildEscalations.Raising("PLAN", "Concern", "Wanted", parties.agency("CSC"),
						parties.practitioner("police.officer"))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("withPractitioner"));
		assertThat(jdbc.sql("select count(*) from escalation where child_id = ?").param(child).query(Integer.class).single())
			.isZero();
	}

	@Test
	void only_those_who_see_the_child_the_parties_and_the_partnership_open_an_escalation() {
		Escalation e = raised();
		// the front door social worker is named; then social care's work with the child closes
		UUID child = parties.childKnownToSocialCare("Parties");
		Escalation named = escalations.raise(parties.actor("teacher"), child, new ChildEscalations.Raising(
				"FRONT_DOOR_DECISION", "Closed with advice only", "An assessment", parties.agency("CSC"),
				parties.practitioner("front.door")));
		assertThat(escalations.read(parties.actor("front.door"), named.id()).standing()).isEqualTo(Standing.CHILD);
		parties.endInvolvement(child, "CSC");
		EscalationView asParty = escalations.read(parties.actor("front.door"), named.id());
		assertThat(asParty.standing()).isEqualTo(Standing.PARTY);
		assertThat(asParty.childName()).isEqualTo("Parties Testchild");
		assertThat(asParty.recordReachable()).isFalse();
		// the manager of the agency it is raised with is a party too
		assertThat(escalations.read(parties.actor("manager"), named.id()).standing()).isEqualTo(Standing.PARTY);

		EscalationView asPartnership = escalations.read(parties.actor("analyst"), e.id());
		assertThat(asPartnership.childName()).isNull();
		assertThat(asPartnership.mayAct()).as("the partnership acts at stage 4 only").isFalse();
		assertThatThrownBy(() -> escalations.resolve(parties.actor("analyst"), e.id(), e.version(),
				new ChildEscalations.Resolution(null, null, "AGREED", "Agreed", "None")))
			.isInstanceOf(InvalidInput.class);

		// a practitioner of another agency, not named and not involved
		assertThatThrownBy(() -> escalations.read(parties.actor("health.visitor"), e.id()))
			.isInstanceOf(RecordNotFound.class);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where username = 'health.visitor' and action = 'DENIED' and record_id = ?""")
			.param(e.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		// a practitioner of the other agency who is no party, once the agency's work has closed
		assertThatThrownBy(() -> escalations.read(parties.actor("social.worker"), named.id()))
			.isInstanceOf(RecordNotFound.class);
		// and nobody raises one on a child they cannot see
		assertThatThrownBy(() -> escalations.raise(parties.actor("police.officer"), child, parties.aboutTheFrontDoor()))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void the_partnership_sees_every_open_escalation_without_names_and_others_only_theirs() {
		Escalation e = raised();
		assertThat(escalations.open(parties.actor("auditor")))
			.filteredOn(v -> v.escalation().id().equals(e.id()))
			.singleElement()
			.satisfies(v -> assertThat(v.childName()).isNull());
		assertThat(escalations.open(parties.actor("school.dsl")))
			.filteredOn(v -> v.escalation().id().equals(e.id()))
			.singleElement()
			.satisfies(v -> assertThat(v.childName()).isEqualTo("Rules Testchild"));
		assertThat(escalations.open(parties.actor("health.visitor")))
			.noneMatch(v -> v.escalation().id().equals(e.id()));
	}

	@Test
	void an_escalation_is_raised_only_with_an_agency_working_with_the_child_and_nothing_is_told() {
		// only the school works with this child: social care may not be told of it through an escalation
		UUID child = parties.child("Unknown", "teacher");
		assertThat(escalations.agenciesToRaiseWith(parties.actor("teacher"), child)).isEmpty();
		assertThatThrownBy(() -> escalations.raise(parties.actor("teacher"), child, parties.aboutTheFrontDoor()))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("withAgency"))
			.hasMessage(ChildEscalations.NOT_INVOLVED);
		assertThat(jdbc.sql("select count(*) from escalation where child_id = ?").param(child).query(Integer.class).single())
			.isZero();
		assertThat(events.stream(Notice.class).filter(n -> child.equals(n.childId()))).isEmpty();

		// once social care works with the child it is offered, and the school is not
		UUID known = parties.childKnownToSocialCare("Known");
		assertThat(escalations.agenciesToRaiseWith(parties.actor("teacher"), known))
			.extracting(ChildEscalations.AgencyChoice::id)
			.containsExactly(parties.agency("CSC"));
		// and once its work closes it is refused again
		parties.endInvolvement(known, "CSC");
		assertThatThrownBy(() -> escalations.raise(parties.actor("teacher"), known, parties.aboutTheFrontDoor()))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("withAgency"));
	}

	@Test
	void an_escalation_with_your_own_agency_is_refused_and_the_database_refuses_one_too() {
		UUID child = parties.childKnownToSocialCare("Own");
		UUID school = parties.agency("SCH1");
		assertThatThrownBy(() -> escalations.raise(parties.actor("teacher"), child, new ChildEscalations.Raising("PLAN",
				"The plan has no action on attendance", "An attendance action", school, null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("withAgency"))
			.hasMessage("Choose another agency: a disagreement within your own agency goes to your manager");
		assertThat(jdbc.sql("select count(*) from escalation where child_id = ?").param(child).query(Integer.class).single())
			.isZero();
		// a row with one agency on both sides, which would list its leads twice, cannot be stored at all
		Escalation e = escalations.raise(parties.actor("teacher"), child, parties.aboutTheFrontDoor());
		assertThatThrownBy(() -> jdbc.sql("update escalation set with_agency_id = raising_agency_id where id = ?")
			.param(e.id())
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void one_escalation_that_cannot_move_stops_neither_the_others_nor_the_day() {
		Escalation broken = raised();
		Escalation fine = raised();
		// a stage 2 already there: moving the broken one up fails on the stage's key
		jdbc.sql("insert into escalation_stage (escalation_id, stage, started_on, due_on) values (?, 2, ?, ?)")
			.params(broken.id(), RAISED, RAISED)
			.update();
		LocalDate day = LocalDate.of(2026, 12, 31);
		clock.setDay(day);
		try {
			jdbc.sql("delete from escalation_check where checked_on = ?").param(day).update();
			assertThat(daily.check(day)).isTrue();
			assertThat(stageOf(fine.id())).isEqualTo(2);
			assertThat(stageOf(broken.id())).as("left as it was, for the next check").isEqualTo(1);
			assertThat(jdbc.sql("select finished_at is not null from escalation_check where checked_on = ?")
				.param(day)
				.query(Boolean.class)
				.single()).isTrue();
			// the lists still open for everyone
			assertThat(escalations.open(parties.actor("analyst"))).anyMatch(v -> v.escalation().id().equals(fine.id()));
		}
		finally {
			jdbc.sql("delete from escalation_stage where escalation_id = ? and stage = 2").param(broken.id()).update();
		}
	}

	@Test
	void a_day_whose_check_stopped_part_way_over_an_hour_ago_is_claimed_again() {
		LocalDate day = LocalDate.of(2027, 2, 1);
		clock.setDay(day);
		java.time.Instant now = java.time.Instant.now(clock);
		jdbc.sql("delete from escalation_check where checked_on = ?").param(day).update();
		jdbc.sql("insert into escalation_check (checked_on, started_at) values (?, ?)")
			.params(day, java.sql.Timestamp.from(now.minusSeconds(10 * 60)))
			.update();
		assertThat(daily.check(day)).as("a check started ten minutes ago may still be running").isFalse();

		jdbc.sql("update escalation_check set started_at = ? where checked_on = ?")
			.params(java.sql.Timestamp.from(now.minusSeconds(2 * 60 * 60)), day)
			.update();
		assertThat(daily.check(day)).as("one started two hours ago and never finished has stopped").isTrue();
		assertThat(jdbc.sql("select finished_at is not null from escalation_check where checked_on = ?")
			.param(day)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(daily.check(day)).as("a finished day is never checked twice").isFalse();
	}

	@Test
	void the_worklist_shows_an_escalation_to_its_parties_only_as_the_page_counts_them() {
		Escalation e = raised();
		// the social worker sees the child but is neither named nor a manager: no party
		assertThat(work.workFor(parties.actor("social.worker"))).noneMatch(i -> i.link().equals("/escalations/" + e.id()));
		assertThat(ChildEscalations.party(parties.actor("social.worker"), e)).isFalse();
		// the manager of the agency it is raised with and the raiser are
		assertThat(work.workFor(parties.actor("manager"))).anyMatch(i -> i.link().equals("/escalations/" + e.id()));
		assertThat(ChildEscalations.party(parties.actor("manager"), e)).isTrue();
		assertThat(work.workFor(parties.actor("teacher"))).anyMatch(i -> i.link().equals("/escalations/" + e.id()));
	}

	@Test
	void the_partnership_refused_a_change_before_stage_4_leaves_a_denied_audit_entry() {
		Escalation e = raised();
		assertThatThrownBy(() -> escalations.moveUp(parties.actor("analyst"), e.id(), e.version(),
				new ChildEscalations.MoveUp(null, null, "No agreement")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("stage"));
		assertThat(audited("analyst", "DENIED", e.id())).isEqualTo(1);
		assertThat(audited("analyst", "CHANGE", e.id())).as("nothing was changed").isZero();
		assertThat(stageOf(e.id())).isEqualTo(1);
	}

	private int audited(String username, String action, UUID recordId) {
		return jdbc.sql("select count(*) from audit_entry where username = ? and action = ? and record_id = ?")
			.params(username, action, recordId)
			.query(Integer.class)
			.single();
	}

	private int stageOf(UUID id) {
		return jdbc.sql("select stage from escalation where id = ?").param(id).query(Integer.class).single();
	}
}
