package org.seen.chronology.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.seen.chronology.AlertCode;

/**
 * A pattern found in a chronology: which, why in words, and the events behind it.
 * {@code remindAfter} is for patterns of absence (a child nobody has seen), where no new event
 * joins the pattern however long it lasts: once acknowledged, the alert is raised again when the
 * pattern still holds that long after the acknowledgement. Null for patterns made of events.
 */
record PatternMatch(AlertCode code, String reason, List<UUID> eventIds, Duration remindAfter) {

	PatternMatch(AlertCode code, String reason, List<UUID> eventIds) {
		this(code, reason, eventIds, null);
	}
}
