package org.seen.people.internal;

import java.time.LocalDate;
import java.util.Set;

import org.seen.people.NhsNumber;
import org.seen.people.Postcode;
import org.seen.people.Sex;
import org.seen.people.Upn;
import org.seen.people.Vulnerability;
import org.seen.web.FormErrors;

/**
 * What a practitioner records about a child, from a form or the API, checked the same way for
 * both. Field names are the API's JSON names, so a problem names the field the caller sent.
 */
record ChildDetails(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
		Sex sex, String nhsNumber, String upn, String localId, String addressLine1, String town, String postcode,
		String ethnicity, boolean disabled, Set<Vulnerability> vulnerabilities) {

	ChildDetails {
		givenName = trim(givenName);
		familyName = trim(familyName);
		nhsNumber = NhsNumber.normalise(nhsNumber);
		upn = Upn.normalise(upn);
		localId = trim(localId);
		addressLine1 = trim(addressLine1);
		town = trim(town);
		postcode = Postcode.normalise(postcode);
		ethnicity = trim(ethnicity);
		vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
	}

	boolean unborn() {
		return dateOfBirth == null && expectedDateOfBirth != null;
	}

	/** Checks the rules a practitioner can put right; date parsing problems are already in errors. */
	FormErrors validate(LocalDate today, FormErrors errors) {
		if (givenName == null) {
			errors.reject("givenName", "Enter the child's first name");
		}
		else if (givenName.length() > 100) {
			errors.reject("givenName", "First name must be 100 characters or fewer");
		}
		if (familyName == null) {
			errors.reject("familyName", "Enter the child's last name");
		}
		else if (familyName.length() > 100) {
			errors.reject("familyName", "Last name must be 100 characters or fewer");
		}
		if (dateOfBirth == null && expectedDateOfBirth == null && !errors.has("dateOfBirth")
				&& !errors.has("expectedDateOfBirth")) {
			errors.reject("dateOfBirth", "Enter the date of birth, or the expected date of birth for an unborn child");
		}
		if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
			errors.reject("dateOfBirth", "Date of birth must be today or in the past");
		}
		if (dateOfBirth != null && dateOfBirth.isBefore(today.minusYears(25))) {
			errors.reject("dateOfBirth", "Date of birth must be within the last 25 years");
		}
		if (expectedDateOfBirth != null && dateOfBirth == null
				&& (expectedDateOfBirth.isBefore(today.minusMonths(1)) || expectedDateOfBirth.isAfter(today.plusMonths(10)))) {
			errors.reject("expectedDateOfBirth",
					"Expected date of birth must be between one month ago and 10 months from today");
		}
		if (sex == null) {
			errors.reject("sex", "Select the child's sex");
		}
		if (nhsNumber != null && !NhsNumber.isValid(nhsNumber)) {
			errors.reject("nhsNumber", nhsNumber.matches("\\d{10}") ? "Enter a real NHS number: this one fails its check digit"
					: "NHS number must be 10 digits, like 943 476 5919");
		}
		if (upn != null && !Upn.isValid(upn)) {
			errors.reject("upn", upn.matches("[A-Z]\\d{11}[0-9A-Z]") ? "Enter a real UPN: its check letter does not match"
					: "UPN must be a letter followed by 12 characters, like H801200001001");
		}
		if (localId != null && localId.length() > 40) {
			errors.reject("localId", "Local child ID must be 40 characters or fewer");
		}
		if (postcode != null && !Postcode.isValid(postcode)) {
			errors.reject("postcode", "Enter a real postcode, like NB1 4TQ");
		}
		return errors;
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
