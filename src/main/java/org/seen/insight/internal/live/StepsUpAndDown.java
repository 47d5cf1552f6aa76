package org.seen.insight.internal.live;

import java.util.List;

/**
 * Children stepped down from social care to early help in the quarter (Seen records a step-down
 * only with an early-help plan whose lead professional has accepted it), and children stepped up
 * from early help to the front door.
 */
class StepsUpAndDown implements LiveMeasure {

	@Override
	public String key() {
		return "step_downs_with_plan";
	}

	@Override
	public String label() {
		return "Step-downs to early help with a plan";
	}

	@Override
	public String description() {
		return "Children stepped down from social care to early help in the quarter, each with an early-help plan whose "
				+ "lead professional had accepted it; and children stepped up from early help to the front door.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("step_downs_with_plan", "Stepped down with a plan"),
				Series.count("step_ups", "Stepped up to the front door"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				select q.no as quarter_no,
				       case t.direction when 'STEP_DOWN' then 'step_downs_with_plan' else 'step_ups' end as series,
				       t.child_id, (t.made_at at time zone 'Europe/London')::date as on_date, null::numeric as value
				from level_transition t
				join quarter q on t.made_at >= q.starts_at and t.made_at < q.ends_before""");
	}
}
