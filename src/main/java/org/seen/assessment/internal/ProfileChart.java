package org.seen.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.seen.assessment.ToolItem;

/**
 * The profile of one assessment as a horizontal bar chart drawn on the server (SVG): a bar per
 * graded item, as long as its grade, coloured from strength to harm. The page shows the same
 * numbers in a table beside it, so nobody depends on the picture.
 */
public record ProfileChart(int width, int height, int labelWidth, int unit, List<Bar> bars, List<Tick> ticks) {

	static final int ROW = 26;

	static final int TOP = 24;

	public record Bar(String label, int grade, int y, int length, String colour) {

		public int textY() {
			return y + 15;
		}
	}

	public record Tick(int grade, int x) {
	}

	static ProfileChart of(AssessmentView view) {
		int labelWidth = 230;
		int unit = 70;
		List<Bar> bars = new ArrayList<>();
		int y = TOP;
		for (ToolItem item : view.items()) {
			Integer grade = view.recorded(item.id()).grade();
			if (grade != null) {
				bars.add(new Bar(item.title(), grade, y, grade * unit, colour(grade)));
				y += ROW;
			}
		}
		List<Tick> ticks = new ArrayList<>();
		for (int grade = 1; grade <= 5; grade++) {
			ticks.add(new Tick(grade, labelWidth + grade * unit));
		}
		return new ProfileChart(labelWidth + 5 * unit + 20, y + 10, labelWidth, unit, bars, ticks);
	}

	/** GOV.UK palette: green for strengths, yellow for needs beginning, orange and red for neglect. */
	static String colour(int grade) {
		return switch (grade) {
			case 1 -> "#00703c";
			case 2 -> "#85994b";
			case 3 -> "#ffdd00";
			case 4 -> "#f47738";
			default -> "#d4351c";
		};
	}

	public int axisX() {
		return labelWidth;
	}
}
