package org.seen.chronology.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.seen.chronology.AlertCode;

/** An alert raised for a child, with the events behind it; acknowledged with a note, never deleted. */
record PatternAlert(UUID id, UUID childId, AlertCode code, String reason, Instant raisedAt, Instant acknowledgedAt,
		String acknowledgedBy, String acknowledgementNote, int version, List<ChronologyEvent> events) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}
}
