package org.seen.pathway.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A practitioner's decision on a child's level of need, with Seen's suggestion at the time. */
record LevelDecision(UUID id, UUID childId, String levelCode, String suggestedCode, List<String> suggestionReasons,
		String rationale, String differentReason, String decidedBy, UUID decidedByAccount, UUID agencyId,
		Instant decidedAt, String countersignedBy, UUID countersignedByAccount, Instant countersignedAt,
		String countersignNote, int version) {

	public boolean countersigned() {
		return countersignedAt != null;
	}

	public boolean differsFromSuggestion() {
		return suggestedCode != null && !suggestedCode.equals(levelCode);
	}
}
