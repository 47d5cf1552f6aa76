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

	Parties parties;

	@BeforeEach
	void parties() {
		parties = new Parties(jdbc, practitioners);
		clock.setDay(RAISED);
	}

	private Escalation raised() {
		UUID child = parties.child("Rules", "teacher");
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
		UUID child = parties.child("Refused", "teacher");
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
		// the front door social worker is named but their agency is not involved with the child
		UUID child = parties.child("Parties", "teacher");
		Escalation named = escalations.raise(parties.actor("teacher"), child, new ChildEscalations.Raising(
				"FRONT_DOOR_DECISION", "Closed with advice only", "An assessment", parties.agency("CSC"),
				parties.practitioner("front.door")));
		EscalationView asParty = escalations.read(parties.actor("front.door"), named.id());
		assertThat(asParty.standing()).isEqualTo(Standing.PARTY);
		assertThat(asParty.childName()).isEqualTo("Parties Testchild");
		assertThat(asParty.recordReachable()).isFalse();
		// the manager of the agency it is raised with is a party too
		assertThat(escalations.read(parties.actor("manager"), e.id()).standing()).isEqualTo(Standing.PARTY);

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
		// a practitioner of the other agency who is no party
		assertThatThrownBy(() -> escalations.read(parties.actor("social.worker"), e.id()))
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

	private int stageOf(UUID id) {
		return jdbc.sql("select stage from escalation where id = ?").param(id).query(Integer.class).single();
	}
}
