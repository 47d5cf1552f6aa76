package org.seen.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.seen.people.Sex;
import org.seen.people.Vulnerability;

/** A child's record as the child's page shows it. */
record Child(UUID id, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
		Sex sex, String nhsNumber, String upn, String localId, String ethnicity, boolean disabled,
		List<Vulnerability> vulnerabilities, Household household, Instant createdAt, int version) {

	public String name() {
		return givenName + " " + familyName;
	}

	public boolean unborn(LocalDate today) {
		return dateOfBirth == null || dateOfBirth.isAfter(today);
	}

	/** "3 years", "7 months", or "unborn (due 4 March 2027)" for display. */
	public String age(LocalDate today) {
		if (unborn(today)) {
			return "Unborn";
		}
		Period age = Period.between(dateOfBirth, today);
		if (age.getYears() >= 2) {
			return age.getYears() + " years";
		}
		int months = age.getYears() * 12 + age.getMonths();
		return months == 1 ? "1 month" : months + " months";
	}

	public String formattedNhsNumber() {
		return nhsNumber == null ? null
				: nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
	}

	record Household(UUID id, String name, String addressLine1, String town, String postcode) {
	}
}
