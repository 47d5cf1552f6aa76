package org.seen.insight.internal.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.seen.assessment.NeglectType;
import org.seen.assessment.Tools;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Of the assessments completed in the quarter, those where neglect of each type is identified:
 * an item graded 4 or 5 that bears on the type. Which types an item bears on is in the tool's
 * definition, not the database, so the mapping of the tool versions in use is sent with the
 * query as a small table; the counting stays in the database. One assessment may count under
 * several types.
 */
class NeglectByType implements LiveMeasure {

	private final Tools tools;

	private final JdbcClient jdbc;

	NeglectByType(Tools tools, JdbcClient jdbc) {
		this.tools = tools;
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "neglect_by_type";
	}

	@Override
	public String label() {
		return "Neglect identified, by type";
	}

	@Override
	public String description() {
		return "Assessments completed in the quarter with an item graded 4 or 5 that bears on each type of neglect. "
				+ "One assessment may count under several types.";
	}

	@Override
	public List<Series> series() {
		return Arrays.stream(NeglectType.values()).map(type -> Series.count(seriesKey(type), type.label())).toList();
	}

	static String seriesKey(NeglectType type) {
		return "neglect_identified_" + type.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public Facts facts() {
		return new Facts("""
				select q.no as quarter_no, 'neglect_identified_' || lower(t.neglect_type) as series, a.child_id,
				       (a.completed_at at time zone 'Europe/London')::date as on_date, null::numeric as value
				from assessment a
				join quarter q on a.completed_at >= q.starts_at and a.completed_at < q.ends_before
				cross join lateral (
				  select distinct m.neglect_type
				  from assessment_item i
				  join jsonb_to_recordset(cast(:itemTypes as jsonb))
				    as m(tool_id text, tool_version int, item_id text, neglect_type text)
				    on m.tool_id = a.tool_id and m.tool_version = a.tool_version and m.item_id = i.item_id
				  where i.assessment_id = a.id and i.grade >= 4
				) t
				where a.status = 'COMPLETED'""", Map.of("itemTypes", itemTypes()));
	}

	/** The neglect types of every item of every tool version completed assessments were made with, as JSON rows. */
	private String itemTypes() {
		List<String> rows = new ArrayList<>();
		jdbc.sql("select distinct tool_id, tool_version from assessment where status = 'COMPLETED'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(version -> tools.find(version.getKey(), version.getValue())
				.ifPresent(tool -> tool.items().forEach(item -> {
					for (NeglectType type : item.neglectTypes().stream().sorted().toList()) {
						rows.add("{\"tool_id\":" + Json.string(tool.id()) + ",\"tool_version\":" + tool.version()
								+ ",\"item_id\":" + Json.string(item.id()) + ",\"neglect_type\":\"" + type.name() + "\"}");
					}
				})));
		return "[" + String.join(",", rows) + "]";
	}
}
