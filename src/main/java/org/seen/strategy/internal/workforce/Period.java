package org.seen.strategy.internal.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;

/**
 * A span of dates the figures cover, both ends included: a financial year ("2025-26", 1 April to
 * 31 March, as partnerships report), a quarter of one, or any from–to.
 */
public record Period(LocalDate from, LocalDate to, String label) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public static Period between(LocalDate from, LocalDate to) {
		return new Period(from, to, DAY.format(from) + " to " + DAY.format(to));
	}

	/** The financial year a day falls in. */
	public static Period financialYearOf(LocalDate day) {
		int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		return financialYear(start);
	}

	public static Period financialYear(int startYear) {
		return new Period(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31),
				startYear + "-" + String.format("%02d", (startYear + 1) % 100));
	}

	/** "2025-26", or null with a problem against {@code field}. */
	public static Period parseYear(String text, String field, FormErrors errors) {
		Matcher m = text == null ? null : YEAR.matcher(text.trim());
		if (m == null || !m.matches()) {
			errors.reject(field, "Enter the financial year like 2025-26");
			return null;
		}
		int start = Integer.parseInt(m.group(1));
		if ((start + 1) % 100 != Integer.parseInt(m.group(2)) || start < 2000 || start > 2100) {
			errors.reject(field, "Enter the financial year like 2025-26, the second year following the first");
			return null;
		}
		return financialYear(start);
	}

	/** A financial year, or a from–to; neither gives null (the current year) with no problem. */
	public static Period chosen(String year, DateInput from, DateInput to, FormErrors errors) {
		if (year != null && !year.isBlank()) {
			return Period.parseYear(year, "year", errors);
		}
		if (from.isBlank() && to.isBlank()) {
			return null;
		}
		LocalDate start = from.parse("from", "The start date", errors);
		LocalDate end = to.parse("to", "The end date", errors);
		if (from.isBlank()) {
			errors.reject("from", "Enter the start date");
		}
		if (to.isBlank()) {
			errors.reject("to", "Enter the end date");
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.reject("to", "The end date must be the same as or after the start date");
		}
		if (errors.any()) {
			return null;
		}
		return Period.between(start, end);
	}

	/** The four quarters of the financial year (April–June first). */
	public List<Period> quarters() {
		List<Period> quarters = new ArrayList<>();
		for (int q = 0; q < 4; q++) {
			LocalDate start = from.plusMonths(3L * q);
			quarters.add(new Period(start, start.plusMonths(3).minusDays(1), "Q" + (q + 1) + " " + label));
		}
		return quarters;
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
