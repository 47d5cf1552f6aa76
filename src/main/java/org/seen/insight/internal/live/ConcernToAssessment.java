package org.seen.insight.internal.live;

import java.util.List;

/**
 * Days from a child's first concern to their first assessment. The first assessment is the
 * child's earliest completed assessment by the day it was made (assessed_on), and it places the
 * child in a quarter; the first concern is their earliest CONCERN in the chronology not removed.
 * Children whose first concern came after their first assessment are not counted. The figure is
 * the median, shown with the number of children it is based on.
 */
class ConcernToAssessment implements LiveMeasure {

	@Override
	public String key() {
		return "concern_to_assessment";
	}

	@Override
	public String label() {
		return "Days from first concern to first assessment";
	}

	@Override
	public String description() {
		return "For children whose first completed assessment was made in the quarter, the median number of days "
				+ "since the first concern recorded in their chronology.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.median("concern_to_assessment_median_days", "Median days", "concern_to_assessment_children"),
				Series.count("concern_to_assessment_children", "Children it is based on"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				with first_assessment as (
				  select a.child_id, min(a.assessed_on) as assessed_on
				  from assessment a where a.status = 'COMPLETED' group by a.child_id
				), measured as (
				  select f.child_id, f.assessed_on,
				         (select min(e.occurred_on) from chronology_event e
				          where e.child_id = f.child_id and e.type = 'CONCERN' and e.removed_at is null) as concern_on
				  from first_assessment f
				)
				select q.no as quarter_no, 'concern_to_assessment_children' as series, m.child_id,
				       m.assessed_on as on_date, (m.assessed_on - m.concern_on)::numeric as value
				from measured m
				join quarter q on m.assessed_on between q.starts and q.ends
				where m.concern_on <= m.assessed_on""");
	}
}
