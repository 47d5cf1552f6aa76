package org.seen.insight.internal.live;

import java.util.List;

/**
 * Assessments completed in the quarter, and those of them where neglect is identified: at least
 * one item graded 4 or 5. The quarter is the one holding the day of completion, in London.
 */
class AssessmentsWithNeglect implements LiveMeasure {

	@Override
	public String key() {
		return "neglect_identified";
	}

	@Override
	public String label() {
		return "Assessments where neglect is identified";
	}

	@Override
	public String description() {
		return "Graded assessments completed in the quarter, and those with at least one area of care graded 4 or 5.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("assessments_neglect_identified", "Neglect identified (an item graded 4 or 5)"),
				Series.count("assessments_completed", "Assessments completed"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				select q.no as quarter_no, s.series, a.child_id,
				       (a.completed_at at time zone 'Europe/London')::date as on_date, null::numeric as value
				from assessment a
				join quarter q on a.completed_at >= q.starts_at and a.completed_at < q.ends_before
				cross join lateral (
				  select 'assessments_completed' as series
				  union all
				  select 'assessments_neglect_identified' where exists (
				    select 1 from assessment_item i where i.assessment_id = a.id and i.grade >= 4)
				) s
				where a.status = 'COMPLETED'""");
	}
}
