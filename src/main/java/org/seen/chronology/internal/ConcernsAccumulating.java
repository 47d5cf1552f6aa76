package org.seen.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;

/**
 * Several concerns from more than one agency in a short time: each agency's piece looks minor,
 * together they are the pattern serious case reviews say nobody saw.
 */
record ConcernsAccumulating(Window window, int threshold, int agencies) implements AlertRule {

	@Override
	public AlertCode code() {
		return AlertCode.CONCERNS_ACCUMULATING;
	}

	@Override
	public Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today) {
		List<EventFact> concerns = events.stream()
			.filter(e -> e.type() == EventType.CONCERN && window.contains(e.date(), today))
			.toList();
		long from = concerns.stream().map(EventFact::agencyId).distinct().count();
		if (concerns.size() < threshold || from < agencies) {
			return Optional.empty();
		}
		return Optional.of(new PatternMatch(code(),
				concerns.size() + " concerns from " + from + " agencies in " + window.describe(),
				EventFact.ids(concerns)));
	}
}
