package org.seen.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An age band of a tool. The pre-birth band is for unborn children; the others run from
 * {@code fromMonths} (inclusive) to {@code toMonths} (exclusive) of age.
 */
public record AgeBand(String id, String label, boolean unborn, int fromMonths, int toMonths) {

	/** Whether a child born on {@code dateOfBirth} (null when unborn) falls in this band on {@code on}. */
	public boolean covers(LocalDate dateOfBirth, LocalDate on) {
		if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
			return unborn;
		}
		if (unborn) {
			return false;
		}
		long months = ChronoUnit.MONTHS.between(dateOfBirth, on);
		return months >= fromMonths && months < toMonths;
	}
}
