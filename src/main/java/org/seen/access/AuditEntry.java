package org.seen.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * One entry of the audit trail as people read it: who (account, role, agency), when (UTC), what,
 * which record and from where.
 */
public record AuditEntry(long seq, Instant occurredAt, String username, String displayName, String role,
		UUID agencyId, String agencyName, String action, String recordType, UUID recordId, UUID childId,
		String detail, String sourceAddress) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	/** When, as shown to auditors: in UTC, as stored, so that entries compare across systems. */
	public String whenUtc() {
		return UTC.format(occurredAt);
	}

	/** The role's name as people say it, or the stored code for entries with no role. */
	public String roleLabel() {
		try {
			return Role.valueOf(role).label();
		}
		catch (IllegalArgumentException ex) {
			return role;
		}
	}
}
