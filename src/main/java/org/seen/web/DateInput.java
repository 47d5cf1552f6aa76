package org.seen.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The three boxes of a GOV.UK date input, and the messages the Design System asks for. */
public record DateInput(String day, String month, String year) {

	public static DateInput of(LocalDate date) {
		return date == null ? new DateInput("", "", "")
				: new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
						String.valueOf(date.getYear()));
	}

	public boolean isBlank() {
		return blank(day) && blank(month) && blank(year);
	}

	/**
	 * The date, or null with a problem recorded against {@code field} ("Enter …", "… must include a
	 * month", "… must be a real date").
	 */
	public LocalDate parse(String field, String label, FormErrors errors) {
		if (isBlank()) {
			return null;
		}
		String missing = blank(day) ? "day" : blank(month) ? "month" : blank(year) ? "year" : null;
		if (missing != null) {
			errors.reject(field, label + " must include a " + missing);
			return null;
		}
		try {
			int y = Integer.parseInt(year.trim());
			if (y < 1900 || y > 2200) {
				errors.reject(field, label + " must be a real date");
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			errors.reject(field, label + " must be a real date");
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
