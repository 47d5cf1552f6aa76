package org.seen.insight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored census return, without its rows. */
public record CensusReturn(UUID id, String lea, int year, LocalDate referenceDate, int children, int warnings,
		Instant importedAt, String importedBy) {

	/** "2025-26" for the collection year 2026. */
	public String label() {
		return new CensusHeader(lea, year, referenceDate).label();
	}
}
