package org.seen.insight.internal.live;

import java.util.List;

/**
 * Plans open at the quarter's end (or today), and those of them drifting then: with a drift
 * finding found by that day and not resolved by it (a review or actions overdue, no improvement,
 * open long, no child's voice at the last review). Each plan counts once however many findings.
 */
class PlansDrifting implements LiveMeasure {

	@Override
	public String key() {
		return "plans_drifting";
	}

	@Override
	public String label() {
		return "Plans drifting";
	}

	@Override
	public String description() {
		return "Plans open at the end of the quarter (or today), and those with drift then: reviews or actions overdue, "
				+ "no improvement after three reviews or six months, open over a year, or no child's voice at the last review.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("plans_drifting", "Plans drifting"),
				Series.count("plans_open", "Plans open"),
				Series.countNotBrokenDown("drift_review_overdue", "Of which a review overdue"),
				Series.countNotBrokenDown("drift_no_improvement", "Of which no improvement"));
	}

	@Override
	public boolean atQuarterEnd() {
		return true;
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				with open_plans as (
				  select q.no, q.ends, p.id, p.child_id
				  from quarter q
				  join plan p on p.started_on <= q.ends and (p.closed_on is null or p.closed_on > q.ends)
				), drifting as (
				  select o.no, o.ends, o.id, o.child_id, array_agg(distinct d.code) as codes
				  from open_plans o
				  join drift_finding d on d.plan_id = o.id and d.found_on <= o.ends
				    and (d.resolved_on is null or d.resolved_on > o.ends)
				  group by o.no, o.ends, o.id, o.child_id
				)
				select o.no as quarter_no, 'plans_open' as series, o.child_id, o.ends as on_date, null::numeric as value
				from open_plans o
				union all
				select d.no, s.series, d.child_id, d.ends, null::numeric
				from drifting d
				cross join lateral (
				  select 'plans_drifting' as series
				  union all select 'drift_review_overdue' where 'REVIEW_OVERDUE' = any(d.codes)
				  union all select 'drift_no_improvement' where 'NO_IMPROVEMENT' = any(d.codes)
				) s""");
	}
}
