package org.seen.insight.internal.live;

import java.util.List;

/**
 * Children with an agency involved at the quarter's end, and those of them whose voice was heard
 * in the 90 days to it: their words or what was observed of their day (not a record that it
 * could not be gathered). Children not yet born at the quarter's end are left out: an unborn
 * baby has no voice to hear.
 */
class VoiceHeard implements LiveMeasure {

	/** The 90 days to the quarter's end, counting that day: it and the 89 before it. */
	static final int DAYS = 90;

	@Override
	public String key() {
		return "voice_heard";
	}

	@Override
	public String label() {
		return "Children whose voice was heard in the last 90 days";
	}

	@Override
	public String description() {
		return "Children with an agency involved at the end of the quarter (or today, for this quarter), and those of "
				+ "them with their words or what was observed of their day recorded in the 90 days to then.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("children_heard", "Voice heard in the last 90 days"),
				Series.count("children_involved", "Children with an agency involved"));
	}

	@Override
	public boolean atQuarterEnd() {
		return true;
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				with involved as (
				  select distinct q.no, q.ends, i.child_id
				  from quarter q
				  join involvement i on i.started_on <= q.ends and (i.ended_on is null or i.ended_on > q.ends)
				  join child c on c.id = i.child_id and c.date_of_birth <= q.ends
				)
				select v.no as quarter_no, s.series, v.child_id, v.ends as on_date, null::numeric as value
				from involved v
				cross join lateral (
				  select 'children_involved' as series
				  union all
				  select 'children_heard' where exists (
				    select 1 from child_voice h
				    where h.child_id = v.child_id and h.kind in ('WORDS', 'OBSERVED')
				      and h.gathered_on between v.ends - %d and v.ends)
				) s""".formatted(DAYS - 1));
	}
}
