package org.seen.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;

/**
 * A child repeatedly not brought to appointments: medical neglect is often first seen here.
 * The threshold is lower for babies and disabled children, who depend wholly on their carers.
 */
record WasNotBroughtRepeated(Window window, int threshold, int vulnerableThreshold) implements AlertRule {

	@Override
	public AlertCode code() {
		return AlertCode.WAS_NOT_BROUGHT_REPEATED;
	}

	@Override
	public Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today) {
		List<EventFact> notBrought = events.stream()
			.filter(e -> e.type() == EventType.WAS_NOT_BROUGHT && window.contains(e.date(), today))
			.toList();
		boolean vulnerable = child.disabled() || child.underOne(today);
		int needed = vulnerable ? vulnerableThreshold : threshold;
		if (notBrought.size() < needed) {
			return Optional.empty();
		}
		return Optional.of(new PatternMatch(code(), "Not brought to " + notBrought.size() + " appointments in "
				+ window.describe() + (vulnerable ? " (a baby or disabled child)" : ""), EventFact.ids(notBrought)));
	}
}
