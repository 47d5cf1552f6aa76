package org.seen.strategy.internal.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.seen.web.FormErrors;

/** The period an API call asks for: {@code year=2025-26}, or {@code from} and {@code to} as ISO dates. */
public final class ApiPeriod {

	private ApiPeriod() {
	}

	/** The period, the current financial year when nothing is given; a 422 naming the field otherwise. */
	public static Period of(String year, String from, String to, LocalDate today) {
		FormErrors errors = new FormErrors();
		Period period;
		if (year != null && !year.isBlank()) {
			period = Period.parseYear(year, "year", errors);
		}
		else if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
			period = Period.financialYearOf(today);
		}
		else {
			LocalDate start = date(from, "from", errors);
			LocalDate end = date(to, "to", errors);
			if (start != null && end != null && end.isBefore(start)) {
				errors.reject("to", "The end date must be the same as or after the start date");
			}
			period = errors.any() ? null : Period.between(start, end);
		}
		errors.throwIfAny();
		return period;
	}

	private static LocalDate date(String text, String field, FormErrors errors) {
		if (text == null || text.isBlank()) {
			errors.reject(field, "Enter the " + (field.equals("from") ? "start" : "end") + " date as 2025-04-01");
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "The " + (field.equals("from") ? "start" : "end") + " date must be a real date, as 2025-04-01");
			return null;
		}
	}
}
