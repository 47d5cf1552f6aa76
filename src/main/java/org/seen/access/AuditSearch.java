package org.seen.access;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an auditor looks for in the trail; every part is optional. Dates are whole UTC days,
 * both ends included. {@code beforeSeq} pages back through older entries.
 */
public record AuditSearch(UUID childId, String username, AuditAction action, LocalDate from, LocalDate to,
		Long beforeSeq, int limit) {

	public static final int MAX_LIMIT = 500;

	public AuditSearch {
		username = username == null || username.isBlank() ? null : username.trim().toLowerCase();
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	public static AuditSearch forChild(UUID childId) {
		return new AuditSearch(childId, null, null, null, null, null, MAX_LIMIT);
	}

	public AuditSearch before(long seq) {
		return new AuditSearch(childId, username, action, from, to, seq, limit);
	}
}
