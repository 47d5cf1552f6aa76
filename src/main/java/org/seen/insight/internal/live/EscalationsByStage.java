package org.seen.insight.internal.live;

import java.util.List;

/**
 * Professional differences escalated in the quarter, by the highest stage each has reached (its
 * stage now, or the stage it was resolved at); and those resolved in the quarter, by outcome.
 */
class EscalationsByStage implements LiveMeasure {

	@Override
	public String key() {
		return "escalations";
	}

	@Override
	public String label() {
		return "Escalations by stage and outcome";
	}

	@Override
	public String description() {
		return "Disagreements between agencies escalated in the quarter, by the highest stage reached; and those "
				+ "resolved in the quarter, by outcome.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("escalations_raised", "Escalations raised"),
				Series.countNotBrokenDown("escalations_stage_1", "Reached stage 1 only: practitioners"),
				Series.countNotBrokenDown("escalations_stage_2", "Reached stage 2: managers and DSLs"),
				Series.countNotBrokenDown("escalations_stage_3", "Reached stage 3: senior managers"),
				Series.countNotBrokenDown("escalations_stage_4", "Reached stage 4: the partnership"),
				Series.count("escalations_resolved", "Resolved"),
				Series.countNotBrokenDown("escalations_resolved_agreed", "Resolved: agreed"),
				Series.countNotBrokenDown("escalations_resolved_changed", "Resolved: plan or decision changed"),
				Series.countNotBrokenDown("escalations_resolved_upheld", "Resolved: decision upheld"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				select q.no as quarter_no, s.series, e.child_id,
				       (e.raised_at at time zone 'Europe/London')::date as on_date, null::numeric as value
				from escalation e
				join quarter q on e.raised_at >= q.starts_at and e.raised_at < q.ends_before
				cross join lateral (
				  select 'escalations_raised' as series
				  union all select 'escalations_stage_' || e.stage
				) s
				union all
				select q.no, s.series, e.child_id, (e.resolved_at at time zone 'Europe/London')::date, null::numeric
				from escalation e
				join quarter q on e.resolved_at >= q.starts_at and e.resolved_at < q.ends_before
				cross join lateral (
				  select 'escalations_resolved' as series
				  union all select 'escalations_resolved_agreed' where e.outcome = 'AGREED'
				  union all select 'escalations_resolved_changed' where e.outcome in ('PLAN_CHANGED', 'DECISION_CHANGED')
				  union all select 'escalations_resolved_upheld' where e.outcome = 'DECISION_UPHELD'
				) s
				where e.status = 'RESOLVED'""");
	}
}
