package org.seen.insight.internal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A measure across the LEA's returns as a line drawn on the server (SVG): one point a year, the
 * highest count at the top. A withheld year ("c") has no point and breaks the line, so the line
 * never lets a small number be read off its slope.
 */
public record LineChart(int width, int height, int baseline, int top, String maximum, List<Point> points,
		List<String> lines, boolean empty) {

	static final int LEFT = 60;

	static final int STEP = 110;

	static final int TOP = 24;

	static final int PLOT = 140;

	public record Point(String label, String shown, int x, int y, boolean withheld) {

		/** Where the value is written: above the point, or on the axis when withheld. */
		public int valueY() {
			return y - 10;
		}
	}

	public int axisStart() {
		return LEFT;
	}

	public int axisEnd() {
		return width - 10;
	}

	static LineChart of(List<Entry> entries) {
		long max = entries.stream().map(Entry::number).filter(n -> n != null).mapToLong(Long::longValue).max().orElse(0);
		int baseline = TOP + PLOT;
		List<Point> points = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		List<Point> run = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int x = LEFT + 30 + i * STEP;
			Long n = entry.number();
			if (n == null) {
				points.add(new Point(entry.label(), BarChart.shown(entry.value()), x, baseline, true));
				close(run, lines);
				continue;
			}
			int y = max == 0 ? baseline : baseline - (int) Math.round((double) n * PLOT / max);
			Point point = new Point(entry.label(), n.toString(), x, y, false);
			points.add(point);
			run.add(point);
		}
		close(run, lines);
		int width = LEFT + 30 + Math.max(0, entries.size() - 1) * STEP + 60;
		boolean withheld = entries.stream().anyMatch(Entry::withheld);
		return new LineChart(width, baseline + 36, baseline, TOP, Long.toString(max), points, lines, max == 0 && !withheld);
	}

	/** A run of two or more shown points becomes one polyline. */
	private static void close(List<Point> run, List<String> lines) {
		if (run.size() > 1) {
			lines.add(run.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" ")));
		}
		run.clear();
	}
}
