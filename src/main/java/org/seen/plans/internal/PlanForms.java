package org.seen.plans.internal;

import java.util.List;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.util.MultiValueMap;

/** What the plan's forms share: reading dates, ids and numbers as typed, and problems as form errors. */
final class PlanForms {

	private PlanForms() {
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}

	static DateInput date(MultiValueMap<String, String> form, String name) {
		return new DateInput(form.getFirst(name + "Day"), form.getFirst(name + "Month"), form.getFirst(name + "Year"));
	}

	/** An id from a form, or null for anything that is not one (a tampered form is then refused as "select ..."). */
	static UUID id(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A lawful basis by its code, or null when none (or an unknown one) was chosen: the consent rule names it. */
	static LawfulBasis lawfulBasis(String value) {
		try {
			return value == null || value.isBlank() ? null : LawfulBasis.valueOf(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static List<UUID> ids(List<String> values) {
		return values == null ? List.of() : values.stream().map(PlanForms::id).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * A whole number as typed, or null when nothing was typed. A value that is not a number is -1,
	 * which no rule accepts: no grade is below 1, and no version is negative, so a missing or
	 * garbled version is refused as a stale edit.
	 */
	static Integer number(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
