package org.seen.people.internal;

import java.time.LocalDate;

/** What a practitioner searches by: a name (matched by similarity), a date of birth, an identifier. */
record SearchCriteria(String name, LocalDate dateOfBirth, String identifier) {

	SearchCriteria {
		name = name == null || name.isBlank() ? null : name.trim();
		identifier = identifier == null || identifier.isBlank() ? null
				: identifier.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
	}

	boolean isEmpty() {
		return name == null && dateOfBirth == null && identifier == null;
	}

	/** For the audit trail: which kinds of criteria were used, and the values. */
	String describe() {
		StringBuilder text = new StringBuilder();
		if (name != null) {
			text.append("name=").append(name).append(' ');
		}
		if (dateOfBirth != null) {
			text.append("dob=").append(dateOfBirth).append(' ');
		}
		if (identifier != null) {
			text.append("identifier=").append(identifier);
		}
		return text.toString().trim();
	}
}
