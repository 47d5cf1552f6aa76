package org.seen.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;

/** Many changes of worker: each one risks losing what was known ("start again syndrome"). */
record ManyWorkers(Window window, int threshold) implements AlertRule {

	@Override
	public AlertCode code() {
		return AlertCode.MANY_WORKERS;
	}

	@Override
	public Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today) {
		List<EventFact> changes = events.stream()
			.filter(e -> e.type() == EventType.CHANGE_OF_WORKER && window.contains(e.date(), today))
			.toList();
		if (changes.size() < threshold) {
			return Optional.empty();
		}
		return Optional.of(new PatternMatch(code(), changes.size() + " changes of worker in " + window.describe(),
				EventFact.ids(changes)));
	}
}
