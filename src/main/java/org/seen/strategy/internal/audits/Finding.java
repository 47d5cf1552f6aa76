package org.seen.strategy.internal.audits;

import java.time.Instant;
import java.util.UUID;

/** What a panel member found in a case: a strength or an area for improvement, against a question or the case as a whole. */
public record Finding(UUID id, UUID caseId, UUID questionId, Kind kind, String text, String recordedBy,
		Instant recordedAt) {

	public enum Kind {
		STRENGTH("Strength", "green"), AREA_FOR_IMPROVEMENT("Area for improvement", "orange");

		private final String label;

		private final String colour;

		Kind(String label, String colour) {
			this.label = label;
			this.colour = colour;
		}

		public String label() {
			return label;
		}

		public String colour() {
			return colour;
		}

		static Kind parse(String value) {
			try {
				return value == null || value.isBlank() ? null : Kind.valueOf(value.trim());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}
}
