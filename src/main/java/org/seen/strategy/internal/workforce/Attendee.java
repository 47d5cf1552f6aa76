package org.seen.strategy.internal.workforce;

import java.util.UUID;

/**
 * One person on a session's register: a practitioner from the directory or a name typed with their
 * agency. Confidence before and after (1 to 10) is optional.
 */
public record Attendee(UUID id, UUID sessionId, UUID practitionerId, String name, UUID agencyId, String agencyName,
		boolean attended, Integer confidenceBefore, Integer confidenceAfter, int version) {

	public boolean fromDirectory() {
		return practitionerId != null;
	}
}
