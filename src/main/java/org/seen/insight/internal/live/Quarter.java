package org.seen.insight.internal.live;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A calendar quarter, labelled by the partnership's financial year (April to March), as far as
 * {@code asAt}: its last day, or today for the quarter still running. Measures about a moment
 * ("at the quarter's end") are taken at {@code asAt}, so the running quarter shows today's figure.
 */
public record Quarter(LocalDate start, LocalDate asAt) {

	/** The quarter holding the day, as far as that day. */
	static Quarter holding(LocalDate day) {
		LocalDate start = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
		return new Quarter(start, day);
	}

	/** The {@code count} quarters up to the one holding today, oldest first; the last runs to today. */
	static List<Quarter> lastUpTo(LocalDate today, int count) {
		Quarter current = holding(today);
		List<Quarter> quarters = new ArrayList<>();
		for (int i = count - 1; i >= 1; i--) {
			LocalDate start = current.start().minusMonths(3L * i);
			quarters.add(new Quarter(start, start.plusMonths(3).minusDays(1)));
		}
		quarters.add(current);
		return quarters;
	}

	/** The quarter's last day, whether or not it has come. */
	public LocalDate end() {
		return start.plusMonths(3).minusDays(1);
	}

	public boolean complete() {
		return !asAt.isBefore(end());
	}

	/** The financial year's first calendar year: 2026 for October 2026 and for January 2027. */
	private int financialYear() {
		return start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
	}

	/** 1 for April to June, through 4 for January to March. */
	public int number() {
		return start.getMonthValue() >= 4 ? (start.getMonthValue() - 4) / 3 + 1 : 4;
	}

	public String financialYearLabel() {
		return financialYear() + "-" + String.format("%02d", (financialYear() + 1) % 100);
	}

	/** "2026-27 Q3 (Oct–Dec 2026)". */
	public String label() {
		return financialYearLabel() + " Q" + number() + " (" + month(start) + "–" + month(end()) + " " + start.getYear()
				+ ")";
	}

	/** "2026-27 Q3", for table headings and files. */
	public String shortLabel() {
		return financialYearLabel() + " Q" + number();
	}

	/** "2026-27-Q3", for machines. */
	public String key() {
		return financialYearLabel() + "-Q" + number();
	}

	private static String month(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
	}
}
