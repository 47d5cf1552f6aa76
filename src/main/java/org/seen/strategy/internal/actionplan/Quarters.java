package org.seen.strategy.internal.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarters of the financial year (April to March), as the subgroup reports them: "Quarter 3,
 * 2026-27" runs from 1 October 2026 to 31 December 2026.
 */
public final class Quarters {

	private Quarters() {
	}

	public static boolean isStart(LocalDate date) {
		return date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % 3 == 0;
	}

	/** The first day of the quarter holding {@code date}. */
	public static LocalDate startOf(LocalDate date) {
		return date.withDayOfMonth(1).withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1);
	}

	public static LocalDate endOf(LocalDate start) {
		return startOf(start).plusMonths(3).minusDays(1);
	}

	public static String label(LocalDate date) {
		LocalDate start = startOf(date);
		int month = start.getMonthValue();
		int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
		int firstYear = month >= 4 ? start.getYear() : start.getYear() - 1;
		return "Quarter " + quarter + ", " + firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
	}

	/** The quarters from the one holding {@code from} to the one holding {@code to}, newest first. */
	public static List<LocalDate> between(LocalDate from, LocalDate to) {
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate q = startOf(to); !q.isBefore(startOf(from)); q = q.minusMonths(3)) {
			starts.add(q);
		}
		return starts;
	}
}
