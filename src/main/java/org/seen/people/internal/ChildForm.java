package org.seen.people.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.seen.people.Sex;
import org.seen.people.Vulnerability;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;

/** The add-a-child and change-details forms, as the browser sends them. */
record ChildForm(String givenName, String familyName, String dateOfBirthDay, String dateOfBirthMonth,
		String dateOfBirthYear, String unborn, String expectedDateOfBirthDay, String expectedDateOfBirthMonth,
		String expectedDateOfBirthYear, String sex, String nhsNumber, String upn, String localId, String addressLine1,
		String town, String postcode, String ethnicity, String disabled, List<String> vulnerabilities,
		Integer version, String notDuplicate) {

	/** The fields in the order the form shows them. */
	static final String[] FIELDS = { "givenName", "familyName", "unborn", "dateOfBirth", "expectedDateOfBirth", "sex",
			"nhsNumber", "upn", "localId", "addressLine1", "town", "postcode", "ethnicity" };

	static ChildForm empty() {
		return new ChildForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, List.of(), null, null);
	}

	static ChildForm of(Child child) {
		DateInput dob = DateInput.of(child.dateOfBirth());
		DateInput edd = DateInput.of(child.expectedDateOfBirth());
		Child.Household h = child.household();
		return new ChildForm(child.givenName(), child.familyName(), dob.day(), dob.month(), dob.year(),
				child.dateOfBirth() == null ? "yes" : "no", edd.day(), edd.month(), edd.year(), child.sex().name(),
				child.nhsNumber(), child.upn(), child.localId(), h == null ? null : h.addressLine1(),
				h == null ? null : h.town(), h == null ? null : h.postcode(), child.ethnicity(),
				child.disabled() ? "yes" : null, child.vulnerabilities().stream().map(Enum::name).toList(),
				child.version(), null);
	}

	public DateInput dateOfBirth() {
		return new DateInput(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
	}

	public DateInput expectedDateOfBirth() {
		return new DateInput(expectedDateOfBirthDay, expectedDateOfBirthMonth, expectedDateOfBirthYear);
	}

	public boolean isUnborn() {
		return "yes".equals(unborn);
	}

	public boolean hasVulnerability(String code) {
		return vulnerabilities != null && vulnerabilities.contains(code);
	}

	/** The details, with every problem a practitioner can put right recorded in {@code errors}. */
	ChildDetails toDetails(java.time.LocalDate today, FormErrors errors) {
		if (!"yes".equals(unborn) && !"no".equals(unborn)) {
			errors.reject("unborn", "Select yes if the child is not born yet");
		}
		java.time.LocalDate born = isUnborn() ? null
				: dateOfBirth().parse("dateOfBirth", "Date of birth", errors);
		java.time.LocalDate expected = isUnborn()
				? expectedDateOfBirth().parse("expectedDateOfBirth", "Expected date of birth", errors) : null;
		if (isUnborn() && expected == null && !errors.has("expectedDateOfBirth")) {
			errors.reject("expectedDateOfBirth", "Enter the expected date of birth");
		}
		if ("no".equals(unborn) && born == null && !errors.has("dateOfBirth")) {
			errors.reject("dateOfBirth", "Enter the date of birth");
		}
		Sex parsedSex = parse(Sex.class, sex);
		Set<Vulnerability> parsed = EnumSet.noneOf(Vulnerability.class);
		if (vulnerabilities != null) {
			vulnerabilities.stream().map(v -> parse(Vulnerability.class, v)).filter(v -> v != null).forEach(parsed::add);
		}
		ChildDetails details = new ChildDetails(givenName, familyName, born, expected, parsedSex, nhsNumber, upn, localId,
				addressLine1, town, postcode, ethnicity, "yes".equals(disabled), parsed);
		details.validate(today, errors);
		errors.inOrder(FIELDS);
		return details;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
