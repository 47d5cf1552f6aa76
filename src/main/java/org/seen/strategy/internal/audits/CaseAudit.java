package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.UUID;

/** One round of auditing: its template, focus, date, the sample drawn with its seed, and whether it is closed. */
public record CaseAudit(UUID id, String title, UUID templateId, String templateName, String focus, LocalDate auditDate,
		LocalDate endsOn, int sampleSize, String seed, Status status, int version, String createdBy) {

	public enum Status {
		OPEN("In progress", "blue"), CLOSED("Closed", "grey");

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

	public boolean open() {
		return status == Status.OPEN;
	}
}
