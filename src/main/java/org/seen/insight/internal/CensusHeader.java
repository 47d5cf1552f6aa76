package org.seen.insight.internal;

import java.time.LocalDate;

/** Whose return it is and the date it is about. {@code year} is the collection year: 2026 for 2025-26. */
record CensusHeader(String lea, int year, LocalDate referenceDate) {

	/** The first day of the return's year: the day after the reference date minus one year. */
	LocalDate yearStart() {
		return referenceDate.minusYears(1).plusDays(1);
	}

	/** "2025-26" for the collection year 2026. */
	String label() {
		return (year - 1) + "-" + String.format("%02d", year % 100);
	}
}
