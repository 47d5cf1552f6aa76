package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import org.seen.chronology.EventType;

/** An event as validated at the edge, ready to record (or to record as a correction). */
record NewEvent(LocalDate date, LocalTime time, EventType type, String summary, String detail,
		Significance significance, String peopleInvolved, BigDecimal attendancePercent, String agencyReference) {

	/** Whether recording this would change nothing about the given event (an import sent again). */
	boolean sameAs(ChronologyEvent event) {
		return date.equals(event.date()) && Objects.equals(time, event.time()) && type == event.type()
				&& summary.equals(event.summary()) && Objects.equals(detail, event.detail())
				&& significance == event.significance() && Objects.equals(peopleInvolved, event.peopleInvolved())
				&& (attendancePercent == null ? event.attendancePercent() == null
						: event.attendancePercent() != null && attendancePercent.compareTo(event.attendancePercent()) == 0);
	}
}
