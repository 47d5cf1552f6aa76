package org.seen.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Escalations in PostgreSQL. Callers have admitted the actor; every change checks the version it was read at. */
@Repository
class Escalations {

	static final String SELECT = """
			select e.*, ra.name as raising_agency, wa.name as with_agency,
			       trim(wp.given_name || ' ' || wp.family_name) as with_practitioner
			from escalation e
			join agency ra on ra.id = e.raising_agency_id
			join agency wa on wa.id = e.with_agency_id
			left join practitioner wp on wp.id = e.with_practitioner_id""";

	private final JdbcClient jdbc;

	Escalations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID childId, Subject subject, String concern, String wanted, String raisedBy,
			UUID account, UUID practitioner, UUID raisingAgency, UUID withAgency, UUID withPractitioner, Instant at,
			LocalDate startedOn, LocalDate dueOn) {
		jdbc.sql("""
				insert into escalation (id, child_id, subject, concern, wanted, raised_by, raised_by_account,
				  raised_by_practitioner, raising_agency_id, with_agency_id, with_practitioner_id, raised_at, stage,
				  stage_started_on, stage_due_on, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'OPEN')""")
			.params(id, childId, subject.name(), concern, wanted, raisedBy, account, practitioner, raisingAgency,
					withAgency, withPractitioner, Timestamp.from(at), startedOn, dueOn)
			.update();
		insertStage(id, 1, startedOn, dueOn);
	}

	private void insertStage(UUID id, int stage, LocalDate startedOn, LocalDate dueOn) {
		jdbc.sql("insert into escalation_stage (escalation_id, stage, started_on, due_on) values (?, ?, ?, ?)")
			.params(id, stage, startedOn, dueOn)
			.update();
	}

	Optional<Escalation> find(UUID id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query((rs, n) -> escalation(rs, stages(id))).optional();
	}

	/** Open escalations on a child, oldest deadline first, without their stage history. */
	List<Escalation> openOnChild(UUID childId) {
		return jdbc.sql(SELECT + " where e.child_id = ? and e.status = 'OPEN' order by e.stage_due_on")
			.param(childId)
			.query((rs, n) -> escalation(rs, List.of()))
			.list();
	}

	/** Open escalations matching a condition over {@code e} (the escalation), without their stage history. */
	List<Escalation> open(String condition, UnaryOperator<JdbcClient.StatementSpec> bind) {
		return bind.apply(jdbc.sql(SELECT + " where e.status = 'OPEN' and (" + condition + ") order by e.stage desc, e.stage_due_on"))
			.query((rs, n) -> escalation(rs, List.of()))
			.list();
	}

	/** Open escalations whose stage deadline is before {@code today}, and stage-4 ones not yet flagged. */
	List<Escalation> overdue(LocalDate today) {
		return jdbc.sql(SELECT + """
				 where e.status = 'OPEN' and e.stage_due_on < ?
				   and (e.stage < 4 or e.final_stage_overdue_on is null)
				order by e.stage_due_on""")
			.param(today)
			.query((rs, n) -> escalation(rs, List.of()))
			.list();
	}

	private List<Escalation.StageRecord> stages(UUID id) {
		return jdbc.sql("select * from escalation_stage where escalation_id = ? order by stage")
			.param(id)
			.query((rs, n) -> new Escalation.StageRecord(rs.getInt("stage"), rs.getObject("started_on", LocalDate.class),
					rs.getObject("due_on", LocalDate.class), rs.getString("handled_by"), rs.getString("discussed"),
					rs.getString("ended_how"), rs.getString("ended_reason"), rs.getString("ended_by"),
					instant(rs, "ended_at")))
			.list();
	}

	/** Ends the current stage and starts the next, or refuses a stale change. */
	void moveUp(Escalation e, int expectedVersion, String how, String reason, String by, Instant at,
			String handledBy, String discussed, LocalDate startedOn, LocalDate dueOn) {
		int next = e.stage() + 1;
		bump(e.id(), expectedVersion, "stage = ?, stage_started_on = ?, stage_due_on = ?", next, startedOn, dueOn);
		endStage(e.id(), e.stage(), how, reason, by, at, handledBy, discussed);
		insertStage(e.id(), next, startedOn, dueOn);
	}

	void resolve(Escalation e, int expectedVersion, Outcome outcome, String detail, String learning, String by,
			UUID account, Instant at, String handledBy, String discussed) {
		bump(e.id(), expectedVersion, """
				status = 'RESOLVED', outcome = ?, outcome_detail = ?, learning = ?, resolved_by = ?,
				resolved_by_account = ?, resolved_at = ?""", outcome.name(), detail, learning, by, account,
				Timestamp.from(at));
		endStage(e.id(), e.stage(), "RESOLVED", null, by, at, handledBy, discussed);
	}

	/** Marks the partnership's stage as past its timescale; it has nowhere higher to go. */
	void flagFinalStageOverdue(Escalation e, int expectedVersion) {
		bump(e.id(), expectedVersion, "final_stage_overdue_on = ?", e.stageDueOn());
	}

	private void endStage(UUID id, int stage, String how, String reason, String by, Instant at, String handledBy,
			String discussed) {
		jdbc.sql("""
				update escalation_stage set ended_how = ?, ended_reason = ?, ended_by = ?, ended_at = ?,
				  handled_by = coalesce(?, handled_by), discussed = coalesce(?, discussed)
				where escalation_id = ? and stage = ? and ended_at is null""")
			.params(how, reason, by, Timestamp.from(at), handledBy, discussed, id, stage)
			.update();
	}

	private void bump(UUID id, int expectedVersion, String set, Object... values) {
		Object[] params = new Object[values.length + 2];
		System.arraycopy(values, 0, params, 0, values.length);
		params[values.length] = id;
		params[values.length + 1] = expectedVersion;
		int updated = jdbc.sql("update escalation set " + set + ", version = version + 1 where id = ? and version = ?")
			.params(params)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Escalation changed since it was loaded");
		}
	}

	private static Escalation escalation(ResultSet rs, List<Escalation.StageRecord> stages) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Escalation(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getObject("child_id", UUID.class),
				Subject.valueOf(rs.getString("subject")), rs.getString("concern"), rs.getString("wanted"),
				rs.getString("raised_by"), rs.getObject("raised_by_practitioner", UUID.class),
				rs.getObject("raising_agency_id", UUID.class), rs.getString("raising_agency"),
				rs.getObject("with_agency_id", UUID.class), rs.getString("with_agency"),
				rs.getObject("with_practitioner_id", UUID.class), rs.getString("with_practitioner"),
				instant(rs, "raised_at"), rs.getInt("stage"), rs.getObject("stage_started_on", LocalDate.class),
				rs.getObject("stage_due_on", LocalDate.class), rs.getObject("final_stage_overdue_on", LocalDate.class),
				"OPEN".equals(rs.getString("status")), outcome == null ? null : Outcome.valueOf(outcome),
				rs.getString("outcome_detail"), rs.getString("learning"), rs.getString("resolved_by"),
				instant(rs, "resolved_at"), rs.getInt("version"), stages);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
