package org.seen.chronology.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;

/**
 * Agencies are involved but nobody has recorded seeing the child for {@code days} days (counted
 * from the last "child seen" event, or from when the first current involvement began). A child
 * hidden from agencies is among the most vulnerable. Not for unborn children.
 */
record NotSeen(int days) implements AlertRule {

	@Override
	public AlertCode code() {
		return AlertCode.NOT_SEEN;
	}

	@Override
	public Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today) {
		if (child.unborn(today) || child.involvedSince() == null) {
			return Optional.empty();
		}
		Optional<EventFact> lastSeen = events.stream()
			.filter(e -> e.type() == EventType.CHILD_SEEN && !e.date().isAfter(today))
			.max(Comparator.comparing(EventFact::date));
		LocalDate since = lastSeen.map(EventFact::date).orElse(child.involvedSince());
		long unseenFor = ChronoUnit.DAYS.between(since, today);
		if (unseenFor < days) {
			return Optional.empty();
		}
		List<UUID> behind = new ArrayList<>();
		lastSeen.ifPresent(e -> behind.add(e.id()));
		events.stream()
			.filter(e -> e.type() == EventType.CHILD_NOT_SEEN && e.date().isAfter(since))
			.forEach(e -> behind.add(e.id()));
		String reason = lastSeen.isPresent() ? "Not seen for " + unseenFor + " days"
				: "Not seen by anyone since agencies became involved " + unseenFor + " days ago";
		// still unseen a whole period after someone acknowledged it: remind them
		return Optional.of(new PatternMatch(code(), reason, List.copyOf(behind), java.time.Duration.ofDays(days)));
	}
}
