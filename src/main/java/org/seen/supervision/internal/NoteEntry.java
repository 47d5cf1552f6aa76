package org.seen.supervision.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.web.FormErrors;

/** A supervision note as entered, before it is stored; {@link #check} names every problem by field. */
record NoteEntry(LocalDate heldOn, UUID supervisor, String stuck, String known, String livedExperience,
		String decisions, String actions, LocalDate nextOn) {

	static final String[] FIELDS = { "heldOn", "supervisor", "stuck", "known", "livedExperience", "decisions", "actions",
			"nextOn" };

	FormErrors check(LocalDate today, FormErrors errors) {
		if (heldOn == null) {
			errors.reject("heldOn", "Enter the date of the supervision");
		}
		else if (heldOn.isAfter(today)) {
			errors.reject("heldOn", "The date of the supervision must be today or in the past");
		}
		if (supervisor == null) {
			errors.reject("supervisor", "Select the manager who supervised you");
		}
		required(errors, "stuck", stuck, "Enter what feels stuck");
		optional(errors, "known", known);
		required(errors, "livedExperience", livedExperience, "Enter what you know of the child’s lived experience");
		required(errors, "decisions", decisions, "Enter what was decided");
		optional(errors, "actions", actions);
		if (nextOn != null && heldOn != null && !nextOn.isAfter(heldOn)) {
			errors.reject("nextOn", "The next supervision must be after this one");
		}
		return errors;
	}

	private static void required(FormErrors errors, String field, String value, String missing) {
		if (value == null || value.isBlank()) {
			errors.reject(field, missing);
		}
		else {
			optional(errors, field, value);
		}
	}

	private static void optional(FormErrors errors, String field, String value) {
		if (value != null && value.strip().length() > 5000) {
			errors.reject(field, "Keep this to 5000 characters or fewer");
		}
	}

	static String tidy(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
