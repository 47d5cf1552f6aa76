package org.seen.insight.internal.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.seen.insight.internal.Rate;

/**
 * The dashboard as rows for a spreadsheet: one row per measure (and, with a breakdown, one per
 * measure and category), numbers as numbers and "c" where withheld. Text that a spreadsheet would
 * take as a formula is written so that it is read as text.
 */
record ExportTable(List<String> header, List<List<Object>> rows) {

	static final List<String> HEADER = List.of("LEA", "Collection year", "Reference date", "Measure key", "Measure",
			"Breakdown", "Category", "Count", "Share (%)", "Share of", "National share (%)", "National figure");

	static ExportTable measures(DashboardView view) {
		List<List<Object>> rows = new ArrayList<>();
		for (DashboardView.Section section : view.sections()) {
			for (DashboardView.MeasureView m : section.measures()) {
				Rate rate = m.comparator();
				rows.add(row(view, m, "All", "All", m.count(), m.share(), rate == null ? null : Double.valueOf(rate.national()),
						rate == null ? null : rate.nationalWhen() + ", " + rate.source()));
				if (view.breakdown() != null) {
					for (DashboardView.Row r : m.rows()) {
						rows.add(row(view, m, view.breakdown().label(), r.label(), r.count(), r.share(), null, null));
					}
				}
			}
		}
		return new ExportTable(HEADER, rows);
	}

	/** The trend: a row per measure (and per compared share), a column per return. */
	static ExportTable trend(DashboardView view) {
		List<String> header = new ArrayList<>();
		header.add("Measure");
		view.years().forEach(year -> header.add(year.label()));
		List<List<Object>> rows = new ArrayList<>();
		for (DashboardView.TrendRow trend : view.trend()) {
			List<Object> row = new ArrayList<>();
			row.add(text(trend.label()));
			trend.values().forEach(v -> row.add(cell(v)));
			rows.add(row);
		}
		return new ExportTable(header.stream().map(ExportTable::text).toList(), rows);
	}

	private static List<Object> row(DashboardView view, DashboardView.MeasureView m, String breakdown, String category,
			Object count, Object share, Object national, String nationalNote) {
		List<Object> row = new ArrayList<>();
		row.add(text(view.census().lea()));
		row.add(text(view.census().label()));
		row.add(view.census().referenceDate());
		row.add(text(m.measure().key()));
		row.add(text(m.measure().label()));
		row.add(text(breakdown));
		row.add(text(category));
		row.add(cell(count));
		row.add(cell(share));
		row.add(m.shareOf() == null ? null : text(m.shareOf().label()));
		row.add(national);
		row.add(nationalNote == null ? null : text(nationalNote));
		return row;
	}

	/** A number stays a number; anything else is text, made safe. */
	static Object cell(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		return text(value.toString());
	}

	/**
	 * Text a spreadsheet would start to evaluate (it begins with =, +, -, @, a tab or a carriage
	 * return) gets a leading apostrophe, so it is shown as written and never run as a formula.
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}
}
