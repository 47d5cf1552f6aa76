package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A small trend line drawn on the server as an SVG path, so it needs no JavaScript. A withheld or
 * missing figure breaks the line, as it does on the measures dashboard, so a chart gives nothing
 * away that the table withholds.
 */
final class Sparkline {

	private Sparkline() {
	}

	static String path(List<BigDecimal> values, int width, int height) {
		long known = values.stream().filter(v -> v != null).count();
		if (values.size() < 2 || known < 1) {
			return null;
		}
		double min = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
		double max = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
		double span = max - min == 0 ? 1 : max - min;
		double step = (double) (width - 4) / (values.size() - 1);
		StringBuilder d = new StringBuilder();
		boolean drawing = false;
		for (int i = 0; i < values.size(); i++) {
			BigDecimal v = values.get(i);
			if (v == null) {
				drawing = false;
				continue;
			}
			double x = 2 + i * step;
			double y = (height - 2) - (v.doubleValue() - min) / span * (height - 4);
			d.append(drawing ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
			drawing = true;
		}
		return d.toString().trim();
	}
}
