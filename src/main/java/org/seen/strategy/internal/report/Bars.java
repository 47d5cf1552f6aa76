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
	}

	public static Bars of(List<Entry> entries) {
		BigDecimal max = entries.stream().map(Entry::value).filter(v -> v != null).max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		List<Bar> bars = new ArrayList<>();
		for (Entry entry : entries) {
			int percent = entry.value() == null || max.signum() == 0 ? 0
					: entry.value().multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
			bars.add(new Bar(entry.label(), entry.shown(), percent));
		}
		return new Bars(bars);
	}
}
