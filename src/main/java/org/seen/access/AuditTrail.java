package org.seen.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. The database links each entry into the hash chain and refuses any
 * change or removal; see the V4 migration. Audit is data, kept apart from the logs.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(Actor actor, AuditAction action, String recordType, UUID recordId, UUID childId, String detail) {
		write(actor.accountId(), actor.username(), actor.role().name(), actor.agencyId(), action, recordType, recordId,
				childId, detail);
	}

	/** For events with no signed-in actor, such as a failed sign-in. */
	public void recordAnonymous(String username, AuditAction action, String detail) {
		write(null, username, "NONE", null, action, "ACCOUNT", null, null, detail);
	}

	private void write(UUID accountId, String username, String role, UUID agencyId, AuditAction action,
			String recordType, UUID recordId, UUID childId, String detail) {
		jdbc.sql("""
				insert into audit_entry (seq, id, occurred_at, account_id, username, role, agency_id, action,
				  record_type, record_id, child_id, detail, source_address, prev_hash, hash)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')""")
			.params(UUID.randomUUID(), Timestamp.from(Instant.now(clock)), accountId, username, role, agencyId,
					action.name(), recordType, recordId, childId, detail, sourceAddress())
			.update();
	}

	private static String sourceAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "internal";
	}
}
