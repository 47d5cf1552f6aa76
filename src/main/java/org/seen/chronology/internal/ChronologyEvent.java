package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.seen.chronology.EventType;

/** One dated event in a child's chronology, as it stands now. */
record ChronologyEvent(UUID id, UUID childId, UUID agencyId, String agencyName, String authorName, LocalDate date,
		LocalTime time, EventType type, String summary, String detail, Significance significance,
		String peopleInvolved, BigDecimal attendancePercent, String agencyReference, Instant recordedAt, int version,
		boolean corrected, Instant removedAt, String removedBy, String removalReason) {

	public boolean removed() {
		return removedAt != null;
	}
}
