package org.seen.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.seen.calendar.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's professional disagreements and supervision: one just raised, one with the managers,
 * one past the partnership's own timescale, one resolved with learning; and supervision notes
 * between the early help manager and the social worker. Stage deadlines use the default
 * timescales (5, 5, 10 and 10 working days). Everything is invented.
 */
class DemoEscalations {

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final WorkingDays calendar;

	DemoEscalations(JdbcClient jdbc, Northbrook northbrook, WorkingDays calendar) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.calendar = calendar;
	}

	void write() {
		LocalDate today = calendar.today();
		UUID csc = northbrook.agency("CSC");
		childKnownTo("teacher", csc).ifPresent(child -> escalation(child, "teacher", csc, "front.door",
				"FRONT_DOOR_DECISION",
				"The request for service was closed with advice only. The child still arrives hungry most days and has missed three weeks of school this term.",
				"A child and family assessment under section 17.", today.minusDays(2), 1, null));
		childKnownTo("health.visitor", csc).ifPresent(child -> escalation(child, "health.visitor", csc, null, "PLAN",
				"The plan has no action on the baby's missed health appointments, and the last review did not ask why the baby was not brought.",
				"An action for the health visitor and the family to book and attend appointments, reviewed at the next meeting.",
				today.minusDays(6), 2, null));
		childKnownTo("school.dsl", csc).ifPresent(child -> escalation(child, "school.dsl", csc, null, "LEVEL_OF_NEED",
				"The level of need was set at early help although three agencies have raised neglect concerns in six months.",
				"A multi-agency meeting to reconsider the level of need.", today.minusDays(60), 4, null));
		childKnownTo("police.officer", csc).ifPresent(child -> escalation(child, "police.officer", csc, "social.worker",
				"FRONT_DOOR_DECISION", "Two police call-outs to the home were not linked to the open plan.",
				"The plan to record and respond to police call-outs.", today.minusDays(30), 2,
				"Police notifications are now read against open early help plans at the front door."));
		supervision(today);
	}

	private Optional<UUID> childKnownTo(String practitioner, UUID agency) {
		UUID practitionerId = northbrook.practitioner(practitioner);
		UUID agencyId = northbrook.agencyOf(practitioner);
		return jdbc.sql("""
				select i.child_id from involvement i
				where (i.practitioner_id = ? or (? and i.agency_id = ?))
				  and exists (select 1 from involvement j where j.child_id = i.child_id and j.agency_id = ?)
				  and not exists (select 1 from escalation e where e.child_id = i.child_id)
				order by i.started_on, i.child_id limit 1""")
			.params(practitionerId, practitioner.equals("school.dsl"), agencyId, agency)
			.query(UUID.class)
			.optional();
	}

	/** An escalation raised on {@code raisedOn} that reached {@code stage}, resolved when {@code learning} is given. */
	private void escalation(UUID child, String raiser, UUID withAgency, String withPractitioner, String subject,
			String concern, String wanted, LocalDate raisedOn, int stage, String learning) {
		UUID id = UUID.randomUUID();
		int[] days = { 5, 5, 10, 10 };
		LocalDate started = raisedOn;
		LocalDate due = calendar.plusWorkingDays(started, days[0]);
		for (int s = 1; s <= stage; s++) {
			boolean current = s == stage;
			if (s == 1) {
				jdbc.sql("""
						insert into escalation (id, child_id, subject, concern, wanted, raised_by, raised_by_account,
						  raised_by_practitioner, raising_agency_id, with_agency_id, with_practitioner_id, raised_at, stage,
						  stage_started_on, stage_due_on, status)
						values (?, ?, ?, ?, ?, ?, (select id from account where username = ?), ?, ?, ?, ?, ?, 1, ?, ?, 'OPEN')""")
					.params(id, child, subject, concern, wanted,
							northbrook.name(raiser) + ", " + agencyName(northbrook.agencyOf(raiser)), raiser,
							northbrook.practitioner(raiser), northbrook.agencyOf(raiser), withAgency,
							withPractitioner == null ? null : northbrook.practitioner(withPractitioner), at(raisedOn),
							started, due)
					.update();
			}
			jdbc.sql("insert into escalation_stage (escalation_id, stage, started_on, due_on) values (?, ?, ?, ?)")
				.params(id, s, started, due)
				.update();
			if (!current) {
				LocalDate ended = s == 1 ? calendar.plusWorkingDays(started, 3) : due.plusDays(1);
				boolean automatic = s > 1;
				jdbc.sql("""
						update escalation_stage set handled_by = ?, discussed = ?, ended_how = ?, ended_reason = ?, ended_by = ?,
						  ended_at = ? where escalation_id = ? and stage = ?""")
					.params(s == 1 ? "The two practitioners" : null,
							s == 1 ? "Spoke by phone; each explained their view of the child's needs" : null,
							automatic ? "MOVED_UP_AUTOMATICALLY" : "MOVED_UP",
							automatic ? "Moved up automatically: the stage " + s + " timescale passed on "
									+ due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
									: "No agreement: the decision stands on the other side",
							automatic ? "Seen (automatic)" : northbrook.name(raiser), at(ended), id, s)
					.update();
				started = ended;
				due = calendar.plusWorkingDays(started, days[s]);
				jdbc.sql("update escalation set stage = ?, stage_started_on = ?, stage_due_on = ? where id = ?")
					.params(s + 1, started, due, id)
					.update();
			}
		}
		if (learning != null) {
			LocalDate resolved = calendar.plusWorkingDays(started, 2);
			jdbc.sql("""
					update escalation_stage set handled_by = 'Early help team manager and police sergeant',
					  discussed = 'Met with both call-out logs and the plan', ended_how = 'RESOLVED', ended_by = ?,
					  ended_at = ? where escalation_id = ? and stage = ?""")
				.params(northbrook.name("manager"), at(resolved), id, stage)
				.update();
			jdbc.sql("""
					update escalation set status = 'RESOLVED', outcome = 'PLAN_CHANGED',
					  outcome_detail = 'The plan now has an action to review every police call-out within two working days.',
					  learning = ?, resolved_by = ?, resolved_by_account = (select id from account where username = 'manager'),
					  resolved_at = ? where id = ?""")
				.params(learning, northbrook.name("manager"), at(resolved), id)
				.update();
		}
		else if (stage == 4 && calendar.today().isAfter(due)) {
			jdbc.sql("update escalation set final_stage_overdue_on = stage_due_on where id = ?").param(id).update();
		}
	}

	/** Two supervision notes between the social worker and the early help manager, and one request. */
	private void supervision(LocalDate today) {
		childKnownTo("social.worker", northbrook.agency("CSC")).ifPresent(child -> {
			note(child, today.minusDays(35), "Every plan is agreed at the meeting and nothing changes at home.",
					"Attendance is falling; the younger child was not brought to two appointments.",
					"Tired and hungry in the mornings; looks after a younger sibling after school.",
					"See the children alone at school before the review; ask the family what gets in the way.",
					today.minusDays(7));
			note(child, today.minusDays(7), "Mother agrees to every action but few are done.",
					"Two of five actions done since the last review.",
					"Said at school that the house is cold and there is no breakfast some days.",
					"Consider a strategy discussion if the review shows no change.", today.plusDays(10));
		});
	}

	private void note(UUID child, LocalDate held, String stuck, String known, String lived, String decisions,
			LocalDate next) {
		jdbc.sql("""
				insert into supervision_note (id, child_id, worker_practitioner, worker_account, worker_name,
				  supervisor_practitioner, supervisor_name, held_on, stuck, known, lived_experience, decisions, actions,
				  next_on, recorded_at)
				values (?, ?, ?, (select id from account where username = 'social.worker'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), child, northbrook.practitioner("social.worker"), northbrook.name("social.worker"),
					northbrook.practitioner("manager"), northbrook.name("manager"), held, stuck, known, lived, decisions,
					"Social worker to book the visits before the review", next, at(held))
			.update();
	}

	private String agencyName(UUID agency) {
		return jdbc.sql("select name from agency where id = ?").param(agency).query(String.class).single();
	}

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(LocalTime.of(11, 0)).atZone(WorkingDays.ENGLAND).toInstant());
	}
}
