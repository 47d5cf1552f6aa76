package org.seen.strategy.internal.workforce;

import java.util.List;

/** The training figures as CSV, small numbers withheld exactly as on the page. */
final class TrainingCsv {

	private TrainingCsv() {
	}

	static String of(Period period, TrainingReport.Totals totals) {
		TrainingReport.Summary s = totals.summary();
		StringBuilder csv = new StringBuilder();
		line(csv, "Figure", "Breakdown", "Value");
		line(csv, "Period", "", period.from() + " to " + period.to());
		line(csv, "Sessions run", "", s.sessions());
		line(csv, "Practitioners trained", "", s.practitionersTrained());
		rows(csv, "Practitioners trained by agency kind", s.byAgencyKind());
		rows(csv, "Practitioners trained by agency", totals.byAgency());
		line(csv, "Attendees who gave confidence before and after", "", s.gaveBoth());
		line(csv, "Mean confidence before (1 to 10)", "", s.meanConfidenceBefore());
		line(csv, "Mean confidence after (1 to 10)", "", s.meanConfidenceAfter());
		line(csv, "Mean change in confidence", "", s.meanChange());
		line(csv, "Note", "", "c = withheld: a number from 1 to 4, or a mean from fewer than 5 people");
		return csv.toString();
	}

	private static void rows(StringBuilder csv, String figure, List<TrainingReport.Row> rows) {
		rows.forEach(r -> line(csv, figure, r.label(), r.count()));
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** Quoted, with a leading formula character defused so a spreadsheet does not run it. */
	private static String cell(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[+-]?\\d+(\\.\\d+)?")) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}
}
