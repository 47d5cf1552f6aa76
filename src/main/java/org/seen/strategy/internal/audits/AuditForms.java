package org.seen.strategy.internal.audits;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.util.MultiValueMap;

/** What the audits' forms share: reading dates, ids and numbers as typed, and problems as form errors. */
final class AuditForms {

	private AuditForms() {
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

	static List<UUID> ids(List<String> values) {
		return values == null ? List.of() : values.stream().map(AuditForms::id).filter(Objects::nonNull).toList();
	}

	/** A whole number as typed, or null when nothing was typed; -1 for anything that is not a number, which no rule accepts. */
	static Integer number(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
