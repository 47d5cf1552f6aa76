package org.seen.strategy.internal.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the partnership's financial year (April to June is the first), the period a
 * quarterly report covers: "Quarter 2, 2026-27 (July to September 2026)", key "2026-27-Q2".
 */
public record ReportQuarter(int financialYear, int number) {

	private static final Pattern KEY = Pattern.compile("^(\\d{4})-(\\d{2})-Q([1-4])$");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public ReportQuarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4");
		}
	}

	/** The quarter holding the day. */
	static ReportQuarter holding(LocalDate day) {
		int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		int number = day.getMonthValue() >= 4 ? (day.getMonthValue() - 4) / 3 + 1 : 4;
		return new ReportQuarter(year, number);
	}

	/** The last quarter that has ended by the day: the one a subgroup meeting after it reports on. */
	static ReportQuarter lastEndedBy(LocalDate day) {
		return holding(day).previous();
	}

	/** The quarter a key such as "2026-27-Q2" names, or null when it names none. */
	static ReportQuarter parse(String key) {
		if (key == null) {
			return null;
		}
		Matcher m = KEY.matcher(key.trim());
		if (!m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		if (Integer.parseInt(m.group(2)) != (year + 1) % 100) {
			return null;
		}
		return new ReportQuarter(year, Integer.parseInt(m.group(3)));
	}

	/** The {@code count} quarters that have ended by the day, latest first. */
	static List<ReportQuarter> endedBy(LocalDate day, int count) {
		List<ReportQuarter> quarters = new ArrayList<>();
		ReportQuarter quarter = lastEndedBy(day);
		for (int i = 0; i < count; i++) {
			quarters.add(quarter);
			quarter = quarter.previous();
		}
		return quarters;
	}

	ReportQuarter previous() {
		return number == 1 ? new ReportQuarter(financialYear - 1, 4) : new ReportQuarter(financialYear, number - 1);
	}

	public LocalDate starts() {
		return LocalDate.of(financialYear, 4, 1).plusMonths(3L * (number - 1));
	}

	public LocalDate ends() {
		return starts().plusMonths(3).minusDays(1);
	}

	/** The financial year's first day, for "so far this year" figures. */
	public LocalDate yearStarts() {
		return LocalDate.of(financialYear, 4, 1);
	}

	public String year() {
		return financialYear + "-" + String.format("%02d", (financialYear + 1) % 100);
	}

	public String key() {
		return year() + "-Q" + number;
	}

	/** "Quarter 2, 2026-27 (July to September 2026)". */
	public String label() {
		return "Quarter " + number + ", " + year() + " (" + starts().format(MONTH) + " to " + ends().format(MONTH_YEAR)
				+ ")";
	}
}
