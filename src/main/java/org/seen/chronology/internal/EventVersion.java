package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.seen.chronology.EventType;

/** One version of an event: as first recorded, or as corrected (with why). */
record EventVersion(int version, LocalDate date, LocalTime time, EventType type, String summary, String detail,
		Significance significance, String peopleInvolved, BigDecimal attendancePercent, Instant changedAt,
		String changedBy, String correctionReason) {
}
