package org.seen.strategy.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart for the printed report: the PDF renderer draws no SVG, so each bar is a block whose
 * width is its share of the longest bar. A withheld or missing figure has no bar and says why in
 * its text, so no small number can be read off a bar's length.
 */
public record Bars(List<Bar> bars) {

	public record Bar(String label, String shown, int percent) {
	}

	/** One entry: a label, a value (null when withheld or missing) and how the value is written. */
	public record Entry(String label, BigDecimal value, String shown) {

		/** An entry from a figure as written ("1,234", "75%", "c", "–"): its number when it has one. */
		public static Entry written(String label, String shown) {
			String digits = shown == null ? "" : shown.replace(",", "").replace("%", "").trim();
			BigDecimal value = digits.matches("\\d+(\\.\\d+)?") ? new BigDecimal(digits) : null;
			return new Entry(label, value, shown);
		}
	}

	/** Bars against the longest. */
	public static Bars of(List<Entry> entries) {
		return of(entries, entries.stream().map(Entry::value).filter(v -> v != null).max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO));
	}

	/** Bars of percentages, against 100. */
	public static Bars ofPercentages(List<Entry> entries) {
		return of(entries, BigDecimal.valueOf(100));
	}

	private static Bars of(List<Entry> entries, BigDecimal max) {
		List<Bar> bars = new ArrayList<>();
		for (Entry entry : entries) {
			int percent = entry.value() == null || max.signum() == 0 ? 0
					: entry.value().multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
			bars.add(new Bar(entry.label(), entry.shown(), percent));
		}
		return new Bars(bars);
	}
}
