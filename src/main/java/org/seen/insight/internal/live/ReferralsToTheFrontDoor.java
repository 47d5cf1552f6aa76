package org.seen.insight.internal.live;

import java.util.List;

/**
 * Referrals made to the front door in the quarter (the day they were made, in London), those of
 * them that were step-ups from early help, and those the front door decided needed social care
 * (an assessment under s17, a strategy discussion or s47 enquiries, or immediate protection).
 */
class ReferralsToTheFrontDoor implements LiveMeasure {

	@Override
	public String key() {
		return "referrals";
	}

	@Override
	public String label() {
		return "Referrals to the front door";
	}

	@Override
	public String description() {
		return "Requests for service made to the front door in the quarter; those that were step-ups from early help; "
				+ "and those the front door decided needed children's social care (s17, s47 or immediate protection).";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("referrals_made", "Referrals made"),
				Series.count("referrals_step_up", "Step-ups from early help"),
				Series.count("referrals_to_social_care", "Decided: social care (s17, s47 or protection)"),
				Series.countNotBrokenDown("referrals_early_help", "Decided: early help"),
				Series.countNotBrokenDown("referrals_advice_nfa", "Decided: advice or no further action"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				select q.no as quarter_no, s.series, r.child_id,
				       (r.referred_at at time zone 'Europe/London')::date as on_date, null::numeric as value
				from front_door_referral r
				join quarter q on r.referred_at >= q.starts_at and r.referred_at < q.ends_before
				cross join lateral (
				  select 'referrals_made' as series
				  union all select 'referrals_step_up' where r.step_up
				  union all select 'referrals_to_social_care'
				    where r.decision in ('CHILD_AND_FAMILY_ASSESSMENT', 'STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION')
				  union all select 'referrals_early_help' where r.decision = 'EARLY_HELP'
				  union all select 'referrals_advice_nfa' where r.decision = 'ADVICE_NO_FURTHER_ACTION'
				) s""");
	}
}
