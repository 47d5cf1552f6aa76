package org.seen.family.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A parent, carer or young person who may see their own children's plans. {@code name} is for
 * practitioners' screens only; the family's own pages and emails never need it.
 */
public record FamilyMember(UUID id, String reference, UUID adultId, UUID youngPersonId, String name, String email,
		UUID invitedBy, Instant invitedAt, Instant lastSignedInAt, Instant revokedAt, int failedAttempts,
		Instant lockedUntil, boolean demo) {

	public boolean active() {
		return revokedAt == null;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public boolean youngPerson() {
		return youngPersonId != null;
	}
}
