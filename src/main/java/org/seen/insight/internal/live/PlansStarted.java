package org.seen.insight.internal.live;

import java.util.List;

/**
 * Team Around the Family plans started in the quarter, at early-help levels and at statutory
 * ones, and those closed in it because their outcomes were achieved.
 */
class PlansStarted implements LiveMeasure {

	@Override
	public String key() {
		return "plans_started";
	}

	@Override
	public String label() {
		return "Team Around the Family plans started";
	}

	@Override
	public String description() {
		return "Plans started in the quarter, at early-help and at statutory levels; and plans closed in the quarter "
				+ "because their outcomes were achieved.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("plans_started", "Plans started"),
				Series.count("plans_started_early_help", "Of which at an early-help level"),
				Series.countNotBrokenDown("plans_closed_achieved", "Closed with outcomes achieved"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				select q.no as quarter_no, s.series, p.child_id, p.started_on as on_date, null::numeric as value
				from plan p
				join quarter q on p.started_on between q.starts and q.ends
				cross join lateral (
				  select 'plans_started' as series
				  union all select 'plans_started_early_help' where p.level_kind = 'EARLY_HELP'
				) s
				union all
				select q.no, 'plans_closed_achieved', p.child_id, p.closed_on, null::numeric
				from plan p
				join quarter q on p.closed_on between q.starts and q.ends
				where p.closure_reason = 'OUTCOMES_ACHIEVED'""");
	}
}
