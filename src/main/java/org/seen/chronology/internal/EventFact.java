package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.chronology.EventType;

/** The little the pattern rules need of an event (removed events are never facts). */
record EventFact(UUID id, LocalDate date, EventType type, UUID agencyId, BigDecimal attendancePercent) {

	static List<UUID> ids(List<EventFact> events) {
		return events.stream().map(EventFact::id).toList();
	}
}
