package org.seen.insight.internal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The printed report's title page: the quarter it is prepared in (quarters of the financial year,
 * April to June being the first, as the partnership's subgroup meets), the LEA and the return.
 */
public record QuarterlyReport(String quarter, String preparedOn, String lea, String collectionYear,
		String referenceDate) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static QuarterlyReport of(DashboardView view, LocalDate today) {
		return new QuarterlyReport(quarter(today), today.format(DAY), view.census().lea(), view.census().label(),
				view.census().referenceDate().format(DAY));
	}

	/** "Quarter 3, 2026-27" for a day in October to December 2026. */
	static String quarter(LocalDate day) {
		int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		int quarter = day.getMonthValue() >= 4 ? (day.getMonthValue() - 4) / 3 + 1 : 4;
		return "Quarter " + quarter + ", " + start + "-" + String.format("%02d", (start + 1) % 100);
	}
}
