package org.seen.access.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.seen.web.FormErrors;

/** The rules for usernames and passwords, said before the database or the password hash would. */
final class AccountRules {

	// The same rule as the account table's check constraint.
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	static final int MINIMUM_PASSWORD_LENGTH = FirstAdministrator.MINIMUM_PASSWORD_LENGTH;

	// bcrypt uses only the first 72 bytes of a password, and Spring Security refuses longer ones.
	static final int MAXIMUM_PASSWORD_BYTES = 72;

	private AccountRules() {
	}

	static void checkUsername(FormErrors errors, String field, String username) {
		if (username == null || username.isBlank()) {
			errors.reject(field, "Enter a username");
		}
		else if (!USERNAME.matcher(username.trim()).matches()) {
			errors.reject(field, "The username must be 2 to 64 lower-case letters, digits, dots, hyphens or "
					+ "underscores, starting with a letter or digit, like jo.bloggs");
		}
	}

	static void checkPassword(FormErrors errors, String field, String password) {
		if (password == null || password.isEmpty()) {
			errors.reject(field, "Enter a password");
		}
		else if (password.length() < MINIMUM_PASSWORD_LENGTH) {
			errors.reject(field, "The password must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
			errors.reject(field, "The password must be " + MAXIMUM_PASSWORD_BYTES + " characters or fewer");
		}
	}

	static void checkText(FormErrors errors, String field, String value, String missing, String what) {
		if (value == null || value.isBlank()) {
			errors.reject(field, missing);
		}
		else if (value.trim().length() > 200) {
			errors.reject(field, "The " + what + " must be 200 characters or fewer");
		}
	}

	static String trim(String value) {
		return value == null ? "" : value.trim();
	}
}
