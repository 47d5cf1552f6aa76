package org.seen.access.internal;

import org.seen.web.FormErrors;

/** What an administrator types to connect an agency's information system with an API token. */
record AgencySystemForm(String agency, String systemName, String username, String label) {

	static AgencySystemForm empty() {
		return new AgencySystemForm("", "", "", "");
	}

	FormErrors check() {
		FormErrors errors = new FormErrors();
		if (agency == null || agency.isBlank()) {
			errors.reject("agency", "Select the agency whose system it is");
		}
		AccountRules.checkText(errors, "systemName", systemName, "Enter the system's name", "system's name");
		AccountRules.checkUsername(errors, "username", username);
		AccountRules.checkText(errors, "label", label, "Enter a label for the token", "label");
		return errors;
	}
}
