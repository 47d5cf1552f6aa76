package org.seen.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** The few facts about a child that other modules need: who, how old, and whether disabled. */
public record ChildSummary(UUID id, String givenName, String familyName, LocalDate dateOfBirth,
		LocalDate expectedDateOfBirth, boolean disabled) {

	public String name() {
		return givenName + " " + familyName;
	}

	public boolean unborn(LocalDate on) {
		return dateOfBirth == null || dateOfBirth.isAfter(on);
	}

	/** Unborn children count as under one: the strategies treat pre-birth as the most vulnerable time. */
	public boolean underOne(LocalDate on) {
		return unborn(on) || Period.between(dateOfBirth, on).getYears() < 1;
	}
}
