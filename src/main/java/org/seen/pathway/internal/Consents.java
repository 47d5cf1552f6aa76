package org.seen.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Early-help consents in PostgreSQL. Callers have admitted the actor. */
@Repository
class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Consent c, UUID account) {
		jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, given_by_adult, purpose, how_given, given_on,
				  lawful_basis, recorded_by, recorded_by_account, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.childId(), c.givenBy(), c.givenByAdult(), c.purpose(), c.how().name(), c.givenOn(),
					c.lawfulBasis().name(), c.recordedBy(), account, Timestamp.from(c.recordedAt()))
			.update();
	}

	Optional<Consent> find(UUID id) {
		return jdbc.sql("select * from early_help_consent where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/** The child's consents, newest first. */
	List<Consent> ofChild(UUID childId) {
		return jdbc.sql("select * from early_help_consent where child_id = ? order by given_on desc, recorded_at desc")
			.param(childId)
			.query((rs, n) -> map(rs))
			.list();
	}

	void withdraw(UUID id, int expectedVersion, LocalDate on, String reason) {
		int updated = jdbc.sql("""
				update early_help_consent set withdrawn_on = ?, withdrawn_reason = ?, version = version + 1
				where id = ? and version = ? and withdrawn_on is null""")
			.params(on, reason, id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("consent " + id + " changed since version " + expectedVersion);
		}
	}

	private static Consent map(ResultSet rs) throws SQLException {
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("given_by"),
				rs.getObject("given_by_adult", UUID.class), rs.getString("purpose"),
				HowGiven.valueOf(rs.getString("how_given")), rs.getObject("given_on", LocalDate.class),
				LawfulBasis.valueOf(rs.getString("lawful_basis")), rs.getObject("withdrawn_on", LocalDate.class),
				rs.getString("withdrawn_reason"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
				rs.getInt("version"));
	}

	private static java.time.Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
