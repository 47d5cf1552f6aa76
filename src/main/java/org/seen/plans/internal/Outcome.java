package org.seen.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A SMART outcome: what will be different for the child, by when, tied either to an item of the
 * latest completed assessment (with its grade then as the baseline and a better target) or to
 * what the child said. {@code createdAt} says which reviews could have measured it.
 */
public record Outcome(UUID id, Kind kind, UUID assessmentId, String itemId, String itemTitle, String childSaid,
		String difference, Integer baselineGrade, Integer targetGrade, LocalDate targetOn, int version,
		Instant createdAt) {

	public enum Kind {
		ITEM, CHILD_VOICE
	}

	/** Whether the outcome is measured by grading an assessment item again at each review. */
	public boolean graded() {
		return baselineGrade != null;
	}

	/** What the outcome is about, in a few words. */
	public String title() {
		return kind == Kind.ITEM ? itemTitle : "What the child said: “" + childSaid + "”";
	}
}
