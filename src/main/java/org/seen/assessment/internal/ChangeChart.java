package org.seen.assessment.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Area grades over a child's completed assessments as a line chart drawn on the server (SVG):
 * one line per area, one point per assessment, grade 1 (needs met) at the top so that a line
 * going up is a child whose care is getting better.
 */
public record ChangeChart(int width, int height, List<Series> series, List<Column> columns, List<Row> rows) {

	static final int LEFT = 60;

	static final int TOP = 20;

	static final int STEP_Y = 40;

	static final int STEP_X = 200;

	/** Lines that share a grade are drawn a little apart, so that none hides another. */
	static final int SPREAD = 4;

	static final String[] COLOURS = { "#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#5694ca" };

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	public record Point(int x, int y, int grade) {
	}

	public record Series(String area, String colour, List<Point> points) {

		public String polyline() {
			return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		}
	}

	public record Column(String label, int x) {
	}

	public record Row(int grade, int y) {
	}

	static ChangeChart of(List<AssessmentView> history) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			columns.add(new Column(history.get(i).assessment().assessedOn().format(DAY), x(i)));
		}
		List<Row> rows = new ArrayList<>();
		for (int grade = 1; grade <= 5; grade++) {
			rows.add(new Row(grade, y(grade)));
		}
		List<Series> series = new ArrayList<>();
		if (!history.isEmpty()) {
			AssessmentView latest = history.get(history.size() - 1);
			int colour = 0;
			int areas = latest.areas().size();
			for (AssessmentView.AreaItems area : latest.areas()) {
				int offset = (colour - areas / 2) * SPREAD;
				List<Point> points = new ArrayList<>();
				for (int i = 0; i < history.size(); i++) {
					AreaDecision decision = history.get(i).assessment().areas().get(area.area().id());
					if (decision != null) {
						points.add(new Point(x(i), y(decision.confirmedGrade()) + offset, decision.confirmedGrade()));
					}
				}
				series.add(new Series(area.area().title(), COLOURS[colour++ % COLOURS.length], points));
			}
		}
		return new ChangeChart(LEFT + Math.max(1, history.size()) * STEP_X + 20, TOP + 5 * STEP_Y + 30, series, columns,
				rows);
	}

	private static int x(int index) {
		return LEFT + 40 + index * STEP_X;
	}

	private static int y(int grade) {
		return TOP + (grade - 1) * STEP_Y;
	}
}
