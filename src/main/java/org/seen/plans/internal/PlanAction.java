package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.UUID;

/** Who does what by when, and how it stands. */
public record PlanAction(UUID id, UUID outcomeId, String what, UUID ownerMemberId, LocalDate dueOn, Status status, String note,
		int version) {

	public enum Status {
		NOT_STARTED("Not started", "grey"), IN_PROGRESS("In progress", "blue"), DONE("Done", "green"),
		NOT_DONE("Not done", "red");

		private final String label;

		private final String colour;

		Status(String label, String colour) {
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

	/**
	 * Still to be done. An action recorded as "not done" is finished with: the team decided, with a
	 * note, that it will not happen, so it no longer counts as overdue.
	 */
	public boolean outstanding() {
		return status == Status.NOT_STARTED || status == Status.IN_PROGRESS;
	}

	public boolean overdue(LocalDate today) {
		return outstanding() && dueOn.isBefore(today);
	}
}
