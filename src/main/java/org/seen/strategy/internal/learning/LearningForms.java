package org.seen.strategy.internal.learning;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.util.MultiValueMap;

/** What the register's forms share: dates, ids and versions as typed, and problems as form errors. */
final class LearningForms {

	private LearningForms() {
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}

	/** Adds the problems the service found to those the form found (dates), keeping the form's order. */
	static FormErrors merge(FormErrors form, InvalidInput ex, String... order) {
		ex.problems().forEach(problem -> form.reject(problem.field(), problem.message()));
		return form.inOrder(order);
	}

	static DateInput date(MultiValueMap<String, String> form, String name) {
		return new DateInput(form.getFirst(name + "Day"), form.getFirst(name + "Month"), form.getFirst(name + "Year"));
	}

	/** An id from a form, or null for anything that is not one (a tampered form is then refused as "select ..."). */
	static UUID id(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Ids from checkboxes; anything that is not an id becomes a random one, which no rule accepts. */
	static List<UUID> ids(List<String> values) {
		return values == null ? List.of()
				: values.stream()
					.filter(Objects::nonNull)
					.map(v -> Objects.requireNonNullElseGet(id(v), UUID::randomUUID))
					.toList();
	}

	/** A version as sent, or -1 (which matches no row, so a missing or garbled version is refused as stale). */
	static int version(String value) {
		try {
			return value == null || value.isBlank() ? -1 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
