package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.util.MultiValueMap;

/** What the action plan's forms share: reading what was typed, and the service's problems as form errors. */
final class Forms {

	private Forms() {
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}

	static DateInput date(MultiValueMap<String, String> form, String name) {
		return new DateInput(form.getFirst(name + "Day"), form.getFirst(name + "Month"), form.getFirst(name + "Year"));
	}

	static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null ? "" : value;
	}

	/** An id, or null for anything that is not one (a tampered form is then refused as "choose ..."). */
	static UUID id(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static List<UUID> ids(List<String> values) {
		return values == null ? List.of() : values.stream().map(Forms::id).filter(Objects::nonNull).toList();
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A figure as typed ("62.5", "1,200", "45%"), or null with the problem recorded when it is not a number. */
	static BigDecimal figure(String typed, String field, String label, FormErrors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(",", "").replace("%", ""));
		}
		catch (NumberFormatException ex) {
			errors.reject(field, label + " must be a number, like 45 or 62.5");
			return null;
		}
	}

	/** A whole number as typed; -1 when it is not one, which no rule accepts. */
	static Integer number(String typed) {
		try {
			return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * The form's problems, with the stale-edit message against {@code field} when the form is shown
	 * again because someone else saved first (the model then holds "stale").
	 */
	static FormErrors stale(org.springframework.ui.Model model, FormErrors errors, String field) {
		Object stale = model.getAttribute("stale");
		return stale == null ? errors : errors.reject(field, stale.toString());
	}

	/** The version a form was loaded at; missing or garbled it matches nothing, so the edit is refused as stale. */
	static int version(String typed) {
		Integer version = number(typed);
		return version == null ? -1 : version;
	}
}
