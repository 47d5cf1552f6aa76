package org.seen.insight.internal.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars drawn on the server (SVG), one per category, the longest for the largest count.
 * A withheld count ("c") gets no bar, only its "c", so the chart gives away no more than the
 * table. With nothing to count every bar is empty and the chart says so.
 */
public record BarChart(int width, int height, int axisX, List<Bar> bars, boolean empty) {

	static final int LABEL_WIDTH = 170;

	static final int BAR_AREA = 360;

	static final int ROW = 30;

	static final int BAR_HEIGHT = 20;

	static final int TOP = 8;

	/**
	 * One bar: where it is drawn, its length in pixels and as a percentage of the longest (for the
	 * printed report), and the value written at its end.
	 */
	public record Bar(String label, String shown, int y, int length, int percent, boolean withheld) {

		public int textY() {
			return y + BAR_HEIGHT / 2 + 5;
		}

		public int valueX() {
			return LABEL_WIDTH + length + 6;
		}

		public int barHeight() {
			return BAR_HEIGHT;
		}
	}

	static BarChart of(List<Entry> entries) {
		long max = entries.stream().map(Entry::number).filter(n -> n != null).mapToLong(Long::longValue).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Long n = entry.number();
			int length = 0;
			int percent = 0;
			if (n != null && n > 0) {
				// the largest fills the area; any count above nothing stays visible
				length = (int) Math.max(1, Math.round((double) n * BAR_AREA / max));
				percent = (int) Math.max(1, Math.round((double) n * 100 / max));
			}
			bars.add(new Bar(entry.label(), shown(entry.value()), TOP + i * ROW, length, percent, entry.withheld()));
		}
		boolean withheld = entries.stream().anyMatch(Entry::withheld);
		return new BarChart(LABEL_WIDTH + BAR_AREA + 60, TOP * 2 + Math.max(1, entries.size()) * ROW, LABEL_WIDTH,
				bars, max == 0 && !withheld);
	}

	static String shown(Object value) {
		return value == null ? "" : value.toString();
	}
}
