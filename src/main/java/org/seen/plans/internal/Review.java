package org.seen.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A review meeting of the plan, with progress on each outcome and the linked items graded again. */
public record Review(UUID id, LocalDate heldOn, String childVoice, String childVoiceMissingReason, String familyView,
		String goingWell, String decisions, LocalDate nextReviewOn, String recordedBy, Instant recordedAt,
		Set<UUID> attendees, Map<UUID, Progress> progress) {

	public boolean childHeard() {
		return childVoice != null;
	}

	public Progress progressOn(UUID outcomeId) {
		return progress.get(outcomeId);
	}

	/** Progress on one outcome at a review; {@code grade} is the linked item graded again (1 to 5). */
	public record Progress(UUID outcomeId, Direction direction, Integer grade, String note) {
	}

	public enum Direction {
		BETTER("Better", "green"), SAME("No change", "yellow"), WORSE("Worse", "red");

		private final String label;

		private final String colour;

		Direction(String label, String colour) {
			this.label = label;
			this.colour = colour;
		}

		public String label() {
			return label;
		}

		public String colour() {
			return colour;
		}
	}
}
