package org.seen.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.access.VisibleChildren;
import org.seen.agencies.Practitioners;
import org.seen.calendar.WorkingDays;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision notes and requests for supervision, and the rule that guards them: a note is seen by
 * the worker who wrote it and the manager named as supervisor (each still admitted to the child
 * through {@link ChildAccess}), and by auditors (audited through the {@link AuditTrail}); by no
 * one else, whatever their role or involvement. Anyone else is answered as if it did not exist.
 */
@Service
class SupervisionNotes {

	static final String RECORD = "SUPERVISION_NOTE";

	static final String REQUEST = "SUPERVISION_REQUEST";

	private static final String SELECT = """
			select n.*, c.given_name || ' ' || c.family_name as child_name
			from supervision_note n join child c on c.id = n.child_id""";

	private final ChildAccess access;

	private final AuditTrail audit;

	private final ChildRecords children;

	private final Practitioners practitioners;

	private final JdbcClient jdbc;

	private final Clock clock;

	SupervisionNotes(ChildAccess access, AuditTrail audit, ChildRecords children, Practitioners practitioners,
			JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.children = children;
		this.practitioners = practitioners;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDays.ENGLAND));
	}

	/** The child, for a form; admits the actor (audited) or throws {@link RecordNotFound}. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChildSummary admit(Actor actor, UUID childId) {
		worker(actor, childId, RECORD, AuditAction.VIEW);
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "form");
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	SupervisionNote record(Actor actor, UUID childId, NoteEntry entry) {
		worker(actor, childId, RECORD, AuditAction.CREATE);
		UUID id = UUID.randomUUID();
		access.require(actor, childId, AuditAction.CREATE, RECORD, id, null);
		FormErrors errors = entry.check(today(), new FormErrors());
		Supervisor supervisor = entry.supervisor() == null ? null : supervisorFor(actor, childId, entry.supervisor(), errors);
		errors.inOrder(NoteEntry.FIELDS).throwIfAny();
		jdbc.sql("""
				insert into supervision_note (id, child_id, worker_practitioner, worker_account, worker_name,
				  supervisor_practitioner, supervisor_name, held_on, stuck, known, lived_experience, decisions, actions,
				  next_on, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, childId, actor.practitionerId(), actor.accountId(), actor.displayName(),
					supervisor.practitionerId(), supervisor.name(), entry.heldOn(), NoteEntry.tidy(entry.stuck()),
					NoteEntry.tidy(entry.known()), NoteEntry.tidy(entry.livedExperience()),
					NoteEntry.tidy(entry.decisions()), NoteEntry.tidy(entry.actions()), entry.nextOn(),
					Timestamp.from(Instant.now(clock)))
			.update();
		// the supervision asked for has happened
		jdbc.sql("""
				update supervision_request set closed_at = ?, closed_by_note = ?, version = version + 1
				where child_id = ? and worker_practitioner = ? and closed_at is null""")
			.params(Timestamp.from(Instant.now(clock)), id, childId, actor.practitionerId())
			.update();
		return find(id).orElseThrow();
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	SupervisionRequest flagStuck(Actor actor, UUID childId, UUID supervisorId, String reason) {
		worker(actor, childId, REQUEST, AuditAction.CREATE);
		UUID id = UUID.randomUUID();
		access.require(actor, childId, AuditAction.CREATE, REQUEST, id, null);
		FormErrors errors = new FormErrors();
		Supervisor supervisor = null;
		if (supervisorId == null) {
			errors.reject("supervisor", "Select the manager you want supervision from");
		}
		else {
			supervisor = supervisorFor(actor, childId, supervisorId, errors);
		}
		if (reason == null || reason.isBlank()) {
			errors.reject("reason", "Enter what feels stuck");
		}
		else if (reason.strip().length() > 2000) {
			errors.reject("reason", "Keep this to 2000 characters or fewer");
		}
		if (!openRequests(childId, actor.practitionerId()).isEmpty()) {
			errors.reject("reason", "You have already asked for supervision on this case; it stays open until you record the supervision");
		}
		errors.inOrder("supervisor", "reason").throwIfAny();
		jdbc.sql("""
				insert into supervision_request (id, child_id, worker_practitioner, worker_name, supervisor_practitioner,
				  supervisor_name, reason, flagged_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, childId, actor.practitionerId(), actor.displayName(), supervisor.practitionerId(),
					supervisor.name(), reason.strip(), Timestamp.from(Instant.now(clock)))
			.update();
		return openRequests(childId, actor.practitionerId()).get(0);
	}

	/**
	 * One note: for its worker or supervisor (admitted to the child too), or an auditor; anyone
	 * else gets {@link RecordNotFound}, and the attempt is audited as denied.
	 */
	@Transactional(noRollbackFor = RecordNotFound.class)
	SupervisionNote read(Actor actor, UUID id) {
		SupervisionNote note = find(id).orElse(null);
		if (note == null) {
			audit.record(actor, AuditAction.DENIED, RECORD, id, null, AuditAction.VIEW.name());
			throw new RecordNotFound();
		}
		if (actor.is(Role.AUDITOR)) {
			audit.record(actor, AuditAction.VIEW, RECORD, id, note.childId(), "auditor");
			return note;
		}
		if (actor.practitionerId() != null && actor.role().isCasework()
				&& (actor.practitionerId().equals(note.workerPractitioner())
						|| actor.practitionerId().equals(note.supervisorPractitioner()))) {
			access.require(actor, note.childId(), AuditAction.VIEW, RECORD, id, null);
			return note;
		}
		audit.record(actor, AuditAction.DENIED, RECORD, id, note.childId(), AuditAction.VIEW.name());
		throw new RecordNotFound();
	}

	/** The actor's own notes and requests for a child (as worker or supervisor); admits the actor to the child. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ForChild ofChild(Actor actor, UUID childId) {
		worker(actor, childId, RECORD, AuditAction.VIEW);
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "own notes");
		return mineOn(actor, childId);
	}

	/** The actor's own notes and requests for a child, for its page, which has admitted the actor. */
	ForChild mineOn(Actor actor, UUID childId) {
		if (actor.practitionerId() == null) {
			return new ForChild(null, List.of(), List.of());
		}
		List<SupervisionNote> notes = jdbc.sql(SELECT + """
				 where n.child_id = :child and (n.worker_practitioner = :me or n.supervisor_practitioner = :me)
				order by n.held_on desc, n.recorded_at desc""")
			.param("child", childId)
			.param("me", actor.practitionerId())
			.query((rs, n) -> note(rs))
			.list();
		List<SupervisionRequest> requests = jdbc.sql(REQUESTS + " " + """
				where r.child_id = :child and r.closed_at is null
				  and (r.worker_practitioner = :me or r.supervisor_practitioner = :me)""")
			.param("child", childId)
			.param("me", actor.practitionerId())
			.query((rs, n) -> request(rs))
			.list();
		return new ForChild(children.summary(childId).orElse(null), notes, requests);
	}

	/** What a person sees of supervision on one child: only their own. */
	public record ForChild(ChildSummary child, List<SupervisionNote> notes, List<SupervisionRequest> requests) {

		public boolean any() {
			return !notes.isEmpty() || !requests.isEmpty();
		}
	}

	/**
	 * "My supervision": notes I wrote or supervised and open requests, on children I may still
	 * see; for an auditor, the newest notes of everyone (the view is audited).
	 */
	@Transactional
	Mine mine(Actor actor) {
		if (actor.is(Role.AUDITOR)) {
			audit.record(actor, AuditAction.SEARCH, RECORD, null, null, "all supervision notes");
			return new Mine(jdbc.sql(SELECT + " order by n.held_on desc, n.recorded_at desc limit 200")
				.query((rs, n) -> note(rs))
				.list(), List.of());
		}
		if (actor.practitionerId() == null) {
			return new Mine(List.of(), List.of());
		}
		VisibleChildren visible = access.visibleTo(actor);
		List<SupervisionNote> notes = visible.bind(jdbc.sql(SELECT + """
				 where (n.worker_practitioner = :me or n.supervisor_practitioner = :me) and %s
				order by n.held_on desc, n.recorded_at desc limit 200""".formatted(visible.condition("n.child_id"))))
			.param("me", actor.practitionerId())
			.query((rs, n) -> note(rs))
			.list();
		List<SupervisionRequest> requests = visible.bind(jdbc.sql(REQUESTS + """
				 where r.closed_at is null and (r.worker_practitioner = :me or r.supervisor_practitioner = :me) and %s
				order by r.flagged_at""".formatted(visible.condition("r.child_id"))))
			.param("me", actor.practitionerId())
			.query((rs, n) -> request(rs))
			.list();
		audit.record(actor, AuditAction.SEARCH, RECORD, null, null, "my supervision");
		return new Mine(notes, requests);
	}

	public record Mine(List<SupervisionNote> notes, List<SupervisionRequest> requests) {
	}

	/**
	 * The managers, other than the actor, who may supervise the actor's work with this child: those
	 * who may see the child (the rule {@link #supervisorFor} applies when the form is sent).
	 */
	List<Supervisor> supervisors(Actor actor, UUID childId) {
		return managersOtherThan(actor).stream().filter(s -> seesChild(s, childId)).toList();
	}

	/** Practitioners with a manager's account, other than the actor. */
	private List<Supervisor> managersOtherThan(Actor actor) {
		return jdbc.sql("""
				select p.id, a.id as account_id, trim(p.given_name || ' ' || p.family_name) as name, ag.name as agency_name
				from account a join practitioner p on p.id = a.practitioner_id join agency ag on ag.id = p.agency_id
				where a.role = 'MANAGER' order by ag.name, p.family_name, p.given_name""")
			.query((rs, n) -> new Supervisor(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
					rs.getString("name"), rs.getString("agency_name")))
			.list()
			.stream()
			.filter(s -> !s.practitionerId().equals(actor.practitionerId()))
			.toList();
	}

	/**
	 * The chosen supervisor, if they are a manager other than the worker who may see the child
	 * (their agency works with the child): a supervisor who could not open the child's record
	 * could not read the note either.
	 */
	private Supervisor supervisorFor(Actor actor, UUID childId, UUID practitionerId, FormErrors errors) {
		Supervisor supervisor = managersOtherThan(actor).stream()
			.filter(s -> s.practitionerId().equals(practitionerId))
			.findFirst()
			.orElse(null);
		if (supervisor == null) {
			errors.reject("supervisor", "Select a manager other than yourself");
			return null;
		}
		if (!seesChild(supervisor, childId)) {
			errors.reject("supervisor", "Select a manager whose agency works with this child");
			return null;
		}
		return supervisor;
	}

	/** Whether the manager may see the child: their agency works with it. Writes nothing. */
	private boolean seesChild(Supervisor supervisor, UUID childId) {
		Actor asSupervisor = new Actor(supervisor.accountId(), "", supervisor.name(), Role.MANAGER,
				practitioners.find(supervisor.practitionerId()).orElseThrow());
		return access.isInvolved(asSupervisor, childId);
	}

	private static final String REQUESTS = """
			select r.*, c.given_name || ' ' || c.family_name as child_name
			from supervision_request r join child c on c.id = r.child_id""";

	private List<SupervisionRequest> openRequests(UUID childId, UUID worker) {
		return jdbc.sql(REQUESTS + " where r.child_id = ? and r.worker_practitioner = ? and r.closed_at is null")
			.params(childId, worker)
			.query((rs, n) -> request(rs))
			.list();
	}

	private Optional<SupervisionNote> find(UUID id) {
		return jdbc.sql(SELECT + " where n.id = ?").param(id).query((rs, n) -> note(rs)).optional();
	}

	/** Only casework roles with a practitioner write or keep notes; anyone else is refused, and audited so. */
	private void worker(Actor actor, UUID childId, String recordType, AuditAction action) {
		if (actor.practitioner() == null || !actor.role().isCasework()) {
			audit.record(actor, AuditAction.DENIED, recordType, null, childId, action.name());
			throw new RecordNotFound();
		}
	}

	private static SupervisionNote note(ResultSet rs) throws SQLException {
		return new SupervisionNote(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getString("child_name"), rs.getObject("worker_practitioner", UUID.class), rs.getString("worker_name"),
				rs.getObject("supervisor_practitioner", UUID.class), rs.getString("supervisor_name"),
				rs.getObject("held_on", LocalDate.class), rs.getString("stuck"), rs.getString("known"),
				rs.getString("lived_experience"), rs.getString("decisions"), rs.getString("actions"),
				rs.getObject("next_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
	}

	private static SupervisionRequest request(ResultSet rs) throws SQLException {
		return new SupervisionRequest(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getString("child_name"), rs.getObject("worker_practitioner", UUID.class), rs.getString("worker_name"),
				rs.getObject("supervisor_practitioner", UUID.class), rs.getString("supervisor_name"),
				rs.getString("reason"), rs.getTimestamp("flagged_at").toInstant());
	}
}
