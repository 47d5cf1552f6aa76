package org.seen.agencies.internal;

import org.seen.web.FormErrors;

/** What an administrator types to add a team to an agency. */
record TeamForm(String name) {

	static TeamForm empty() {
		return new TeamForm("");
	}

	String trimmedName() {
		return name == null ? "" : name.trim();
	}

	FormErrors check() {
		FormErrors errors = new FormErrors();
		if (trimmedName().isEmpty()) {
			errors.reject("name", "Enter the team's name");
		}
		else if (trimmedName().length() > 200) {
			errors.reject("name", "The team's name must be 200 characters or fewer");
		}
		return errors;
	}
}
