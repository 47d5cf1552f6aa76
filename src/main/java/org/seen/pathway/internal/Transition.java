package org.seen.pathway.internal;

import java.time.Instant;
import java.util.UUID;

/** A step-up or step-down between early help and children's social care. */
record Transition(UUID id, UUID childId, Direction direction, String fromLevelCode, String toLevelCode, String reason,
		UUID referralId, UUID levelDecisionId, String madeBy, Instant madeAt) {

	enum Direction {
		STEP_UP("Step-up"), STEP_DOWN("Step-down");

		private final String label;

		Direction(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
