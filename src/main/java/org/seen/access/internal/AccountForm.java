package org.seen.access.internal;

import java.util.Arrays;
import java.util.Optional;

import org.seen.access.Role;
import org.seen.web.FormErrors;

/**
 * What an administrator types to add a person's account. The password is never shown back: a
 * form with problems asks for it again.
 */
record AccountForm(String username, String displayName, String role, String practitioner, String password) {

	static AccountForm empty() {
		return new AccountForm("", "", "", "", "");
	}

	AccountForm withoutPassword() {
		return new AccountForm(username, displayName, role, practitioner, "");
	}

	Optional<Role> chosenRole() {
		return Arrays.stream(Role.values())
			.filter(r -> r != Role.AGENCY_SYSTEM && r.name().equals(role))
			.findFirst();
	}

	/** Checks the fields on their own; whether the username is free and the practitioner exists is for the caller. */
	FormErrors check() {
		FormErrors errors = new FormErrors();
		AccountRules.checkUsername(errors, "username", username);
		AccountRules.checkText(errors, "displayName", displayName, "Enter the name to show for the account", "name");
		if (chosenRole().isEmpty()) {
			errors.reject("role", "Select the account's role");
		}
		else if (chosenRole().get().isCasework() && (practitioner == null || practitioner.isBlank())) {
			errors.reject("practitioner", "Select the practitioner this account is for: a "
					+ chosenRole().get().label().toLowerCase(java.util.Locale.ROOT) + " works with children's records");
		}
		AccountRules.checkPassword(errors, "password", password);
		return errors;
	}
}
