package org.seen.agencies.internal;

/** What an administrator types to add a team to an agency. */
record TeamForm(String name) {

	static TeamForm empty() {
		return new TeamForm("");
	}

	String trimmedName() {
		return name == null ? "" : name.trim();
	}

	FieldErrors check() {
		FieldErrors errors = new FieldErrors();
		if (trimmedName().isEmpty()) {
			errors.reject("name", "Enter the team's name");
		}
		else if (trimmedName().length() > 200) {
			errors.reject("name", "The team's name must be 200 characters or fewer");
		}
		return errors;
	}
}
