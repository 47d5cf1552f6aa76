package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;

/** A term's attendance below the threshold, or a child missing education: educational neglect. */
record SchoolAbsence(Window window, BigDecimal attendanceBelow) implements AlertRule {

	@Override
	public AlertCode code() {
		return AlertCode.SCHOOL_ABSENCE;
	}

	@Override
	public Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today) {
		List<EventFact> absence = events.stream()
			.filter(e -> window.contains(e.date(), today))
			.filter(e -> e.type() == EventType.MISSING_EDUCATION || e.type() == EventType.SCHOOL_ATTENDANCE
					&& e.attendancePercent() != null && e.attendancePercent().compareTo(attendanceBelow) < 0)
			.toList();
		if (absence.isEmpty()) {
			return Optional.empty();
		}
		boolean missing = absence.stream().anyMatch(e -> e.type() == EventType.MISSING_EDUCATION);
		String reason = missing ? "Missing education" : "A term's attendance below " + attendanceBelow.toPlainString() + "%";
		return Optional.of(new PatternMatch(code(), reason, EventFact.ids(absence)));
	}
}
