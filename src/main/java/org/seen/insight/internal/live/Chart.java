package org.seen.insight.internal.live;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.seen.insight.internal.live.LiveView.SeriesView;

/**
 * A small bar chart of one series by quarter, laid out here and drawn by the page as SVG with
 * presentation attributes only (the page's security policy allows no inline style). A withheld
 * value has no bar and is marked "c"; the table beside the chart holds every figure.
 */
record Chart(String title, String description, int width, int height, int baseline, List<Bar> bars) {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	private static final int LEFT = 10;

	private static final int TOP = 24;

	private static final int BOTTOM = 44;

	static Chart of(String measureLabel, List<Quarter> quarters, SeriesView series) {
		double max = 0;
		for (Object value : series.values()) {
			if (value instanceof Number number) {
				max = Math.max(max, number.doubleValue());
			}
		}
		int baseline = HEIGHT - BOTTOM;
		int plot = baseline - TOP;
		double slot = (WIDTH - 2.0 * LEFT) / quarters.size();
		int barWidth = (int) Math.max(4, Math.round(slot * 0.6));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < quarters.size(); i++) {
			Object value = series.values().get(i);
			int height = value instanceof Number number && max > 0 ? (int) Math.round(number.doubleValue() / max * plot) : 0;
			int centre = (int) Math.round(LEFT + slot * i + slot / 2);
			Quarter quarter = quarters.get(i);
			bars.add(new Bar(centre - barWidth / 2, baseline - height, barWidth, height, centre,
					baseline - height - 6, value == null ? "" : text(value), "Q" + quarter.number(),
					quarter.financialYearLabel()));
		}
		String description = series.label() + " by quarter, from " + quarters.get(0).label() + " to "
				+ quarters.get(quarters.size() - 1).label() + ". The figures are in the table.";
		return new Chart(measureLabel + ": " + series.label(), description, WIDTH, HEIGHT, baseline, bars);
	}

	private static String text(Object value) {
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	/** One quarter's bar, with its value above and its quarter below. */
	record Bar(int x, int y, int width, int height, int centre, int valueY, String value, String quarter,
			String year) {
	}
}
