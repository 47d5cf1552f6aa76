package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.UUID;

/** What must change because of what the audit found: who owns it, by when, and whether it is done. */
public record CaseAction(UUID id, UUID caseId, String what, String owner, LocalDate dueOn, Status status,
		String recordedBy, int version) {

	public enum Status {
		OPEN("Open", "blue"), DONE("Done", "green");

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

	public boolean overdueOn(LocalDate today) {
		return status == Status.OPEN && dueOn.isBefore(today);
	}
}
