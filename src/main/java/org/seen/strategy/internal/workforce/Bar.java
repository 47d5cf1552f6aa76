package org.seen.strategy.internal.workforce;

import org.seen.strategy.internal.SmallNumbers;
import java.util.List;

/**
 * One row of a figure and its bar, drawn on the server as SVG so the chart needs no script. A
 * withheld figure ("c") draws no bar, so the chart gives nothing away the table withholds.
 */
public record Bar(String label, String shown, int percentOfLongest) {

	public static List<Bar> scaled(List<String> labels, List<Long> values) {
		long longest = 0;
		for (int i = 0; i < values.size(); i++) {
			if (!SmallNumbers.small(values.get(i))) {
				longest = Math.max(longest, values.get(i));
			}
		}
		List<Bar> bars = new java.util.ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			long v = values.get(i);
			int percent = longest == 0 || SmallNumbers.small(v) ? 0 : (int) Math.round(v * 100.0 / longest);
			bars.add(new Bar(labels.get(i), SmallNumbers.count(v), percent));
		}
		return bars;
	}

	public boolean withheld() {
		return SmallNumbers.WITHHELD.equals(shown);
	}
}
