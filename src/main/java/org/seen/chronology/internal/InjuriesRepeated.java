package org.seen.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;

/**
 * Repeated injuries or A&E attendances; or any injury to a baby under one, who cannot injure
 * themselves the way an older child can.
 */
record InjuriesRepeated(Window window, int threshold, boolean anyInjuryUnderOne) implements AlertRule {

	@Override
	public AlertCode code() {
		return AlertCode.INJURIES_REPEATED;
	}

	@Override
	public Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today) {
		List<EventFact> injuries = events.stream()
			.filter(e -> (e.type() == EventType.INJURY || e.type() == EventType.AE_ATTENDANCE)
					&& window.contains(e.date(), today))
			.toList();
		if (injuries.size() >= threshold) {
			return Optional.of(new PatternMatch(code(),
					injuries.size() + " injuries or A&E attendances in " + window.describe(),
					EventFact.ids(injuries)));
		}
		if (anyInjuryUnderOne) {
			List<EventFact> toBaby = injuries.stream()
				.filter(e -> e.type() == EventType.INJURY && child.underOne(e.date()))
				.toList();
			if (!toBaby.isEmpty()) {
				return Optional.of(new PatternMatch(code(), "An injury to a baby under one",
						EventFact.ids(toBaby)));
			}
		}
		return Optional.empty();
	}
}
