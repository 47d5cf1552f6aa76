package org.seen.chronology.internal;

import java.time.LocalDate;

/**
 * What the pattern rules need to know about a child.
 *
 * @param dateOfBirth empty for an unborn child
 * @param involvedSince when the earliest current involvement began; empty if no agency is involved
 */
record ChildFacts(LocalDate dateOfBirth, boolean disabled, LocalDate involvedSince) {

	boolean unborn(LocalDate on) {
		return dateOfBirth == null || dateOfBirth.isAfter(on);
	}

	/** Unborn counts as under one: pre-birth is the most vulnerable time. */
	boolean underOne(LocalDate on) {
		return unborn(on) || on.isBefore(dateOfBirth.plusYears(1));
	}
}
