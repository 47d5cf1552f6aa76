package org.seen.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to one child's record for one account, for a stated purpose (a member of a
 * multi-agency case audit's panel reading a sampled case). A grant admits only VIEW: ChildAccess
 * decides every other action without it, so a grant can never open a write. It ends when it expires
 * or when the work it was made for revokes it (an audit closing), whichever comes first.
 */
@Service
public class RecordGrants {

	/** Why a record was opened to someone not involved with the child; written in the audit detail. */
	public enum Purpose {
		CASE_AUDIT("case audit");

		private final String detail;

		Purpose(String detail) {
			this.detail = detail;
		}

		public String detail() {
			return detail;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	RecordGrants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Lets the account read the child's record until {@code expiresAt}, for the given purpose and piece of work. */
	@Transactional
	public UUID grant(UUID accountId, UUID childId, Purpose purpose, UUID referenceId, Instant expiresAt) {
		Instant now = Instant.now(clock);
		if (!expiresAt.isAfter(now)) {
			throw new IllegalArgumentException("A grant must expire after it is made");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into record_grant (id, account_id, child_id, purpose, reference_id, granted_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, accountId, childId, purpose.name(), referenceId, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
		return id;
	}

	/** Ends every grant made for the piece of work; returns how many were still open. */
	@Transactional
	public int revokeAll(Purpose purpose, UUID referenceId) {
		return jdbc.sql("""
				update record_grant set revoked_at = ? where purpose = ? and reference_id = ? and revoked_at is null""")
			.params(Timestamp.from(Instant.now(clock)), purpose.name(), referenceId)
			.update();
	}

	/** The purpose of a grant that lets the account read the child's record now, if there is one. */
	Optional<Purpose> heldNow(UUID accountId, UUID childId) {
		if (accountId == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select purpose from record_grant
				where account_id = ? and child_id = ? and revoked_at is null and expires_at > ?
				order by granted_at limit 1""")
			.params(accountId, childId, Timestamp.from(Instant.now(clock)))
			.query(String.class)
			.optional()
			.map(Purpose::valueOf);
	}
}
