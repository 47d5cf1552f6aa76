package org.seen.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Level decisions in PostgreSQL. Callers have admitted the actor; a decision is never changed but for its countersignature. */
@Repository
class LevelDecisions {

	private final JdbcClient jdbc;

	LevelDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(LevelDecision d) {
		jdbc.sql("""
				insert into level_decision (id, child_id, level_code, suggested_code, suggestion_reasons, rationale,
				  different_reason, decided_by, decided_by_account, agency_id, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.childId(), d.levelCode(), d.suggestedCode(), d.suggestionReasons().toArray(String[]::new),
					d.rationale(), d.differentReason(), d.decidedBy(), d.decidedByAccount(), d.agencyId(),
					Timestamp.from(d.decidedAt()))
			.update();
	}

	Optional<LevelDecision> find(UUID id) {
		return jdbc.sql("select * from level_decision where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/** The child's decisions, newest first. */
	List<LevelDecision> ofChild(UUID childId) {
		return jdbc.sql("select * from level_decision where child_id = ? order by decided_at desc, id")
			.param(childId)
			.query((rs, n) -> map(rs))
			.list();
	}

	void countersign(UUID id, int expectedVersion, String by, UUID account, Instant at, String note) {
		int updated = jdbc.sql("""
				update level_decision set countersigned_by = ?, countersigned_by_account = ?, countersigned_at = ?,
				  countersign_note = ?, version = version + 1
				where id = ? and version = ? and countersigned_at is null""")
			.params(by, account, Timestamp.from(at), note, id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("level decision " + id + " changed since version " + expectedVersion);
		}
	}

	private static LevelDecision map(ResultSet rs) throws SQLException {
		return new LevelDecision(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getString("level_code"), rs.getString("suggested_code"),
				Arrays.asList((String[]) rs.getArray("suggestion_reasons").getArray()), rs.getString("rationale"),
				rs.getString("different_reason"), rs.getString("decided_by"),
				rs.getObject("decided_by_account", UUID.class), rs.getObject("agency_id", UUID.class),
				instant(rs, "decided_at"), rs.getString("countersigned_by"),
				rs.getObject("countersigned_by_account", UUID.class), instant(rs, "countersigned_at"),
				rs.getString("countersign_note"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
