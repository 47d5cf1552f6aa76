package org.seen.agencies.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.seen.web.FormErrors;

/** What an administrator types to add an agency. */
record AgencyForm(String code, String name, String kind) {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");

	static AgencyForm empty() {
		return new AgencyForm("", "", "");
	}

	/** The code as stored: trimmed and in capitals. */
	String normalisedCode() {
		return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
	}

	String trimmedName() {
		return name == null ? "" : name.trim();
	}

	FormErrors check() {
		FormErrors errors = new FormErrors();
		if (normalisedCode().isEmpty()) {
			errors.reject("code", "Enter a code for the agency");
		}
		else if (!CODE.matcher(normalisedCode()).matches()) {
			errors.reject("code", "The code must be 1 to 16 letters, digits or hyphens, like SCH1 or GP-MILL");
		}
		if (trimmedName().isEmpty()) {
			errors.reject("name", "Enter the agency's name");
		}
		else if (trimmedName().length() > 200) {
			errors.reject("name", "The agency's name must be 200 characters or fewer");
		}
		if (AgencyKind.parse(kind).isEmpty()) {
			errors.reject("kind", "Select what kind of agency it is");
		}
		return errors;
	}
}
