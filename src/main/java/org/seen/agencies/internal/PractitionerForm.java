package org.seen.agencies.internal;

import java.util.UUID;
import java.util.regex.Pattern;

import org.seen.web.FormErrors;

/**
 * What an administrator types to add or change a practitioner. The team is chosen from every
 * agency's teams (so the page works without JavaScript) and must belong to the chosen agency.
 * {@code version} is the version the form was filled in from, for optimistic locking.
 */
record PractitionerForm(String agency, String team, String givenName, String familyName, String jobTitle,
		String email, Integer version) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static PractitionerForm empty(UUID agency) {
		return new PractitionerForm(agency == null ? "" : agency.toString(), "", "", "", "", "", 0);
	}

	static PractitionerForm of(PractitionerRecord p) {
		return new PractitionerForm(p.agencyId().toString(), p.teamId() == null ? "" : p.teamId().toString(),
				p.givenName(), p.familyName(), p.jobTitle(), p.email() == null ? "" : p.email(), p.version());
	}

	/** Checks the fields on their own; whether the agency and team exist is for the caller. */
	PractitionerDetails check(FormErrors errors) {
		UUID agencyId = uuid(agency);
		if (agencyId == null) {
			errors.reject("agency", "Select the practitioner's agency");
		}
		UUID teamId = blank(team) ? null : uuid(team);
		if (!blank(team) && teamId == null) {
			errors.reject("team", "Select a team from the list, or no team");
		}
		required(errors, "givenName", givenName, "Enter the practitioner's first name", "first name");
		required(errors, "familyName", familyName, "Enter the practitioner's last name", "last name");
		required(errors, "jobTitle", jobTitle, "Enter the practitioner's job title", "job title");
		String mail = trim(email);
		if (!mail.isEmpty() && (!EMAIL.matcher(mail).matches() || mail.length() > 254)) {
			errors.reject("email", "Enter an email address in the correct format, like name@example.org");
		}
		return new PractitionerDetails(agencyId, teamId, trim(givenName), trim(familyName), trim(jobTitle),
				mail.isEmpty() ? null : mail);
	}

	private static void required(FormErrors errors, String field, String value, String missing, String what) {
		if (blank(value)) {
			errors.reject(field, missing);
		}
		else if (value.trim().length() > 100) {
			errors.reject(field, "The " + what + " must be 100 characters or fewer");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

	private static UUID uuid(String value) {
		try {
			return blank(value) ? null : UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A practitioner's details as checked, ready to store. */
	record PractitionerDetails(UUID agencyId, UUID teamId, String givenName, String familyName, String jobTitle,
			String email) {
	}
}
