package org.seen.insight.internal.live;

import java.util.List;

/**
 * Pattern alerts (cumulative harm) raised in the quarter, and alerts acknowledged in the quarter
 * whenever they were raised. Days are London days.
 */
class AlertsRaisedAndAcknowledged implements LiveMeasure {

	@Override
	public String key() {
		return "pattern_alerts";
	}

	@Override
	public String label() {
		return "Pattern alerts raised and acknowledged";
	}

	@Override
	public String description() {
		return "Alerts of a pattern of concern (such as repeated missed appointments) raised in the quarter, and "
				+ "alerts acknowledged in the quarter, whenever they were raised.";
	}

	@Override
	public List<Series> series() {
		return List.of(Series.count("alerts_raised", "Alerts raised"),
				Series.count("alerts_acknowledged", "Alerts acknowledged"));
	}

	@Override
	public Facts facts() {
		return Facts.of("""
				select q.no as quarter_no, 'alerts_raised' as series, a.child_id,
				       (a.raised_at at time zone 'Europe/London')::date as on_date, null::numeric as value
				from pattern_alert a
				join quarter q on a.raised_at >= q.starts_at and a.raised_at < q.ends_before
				union all
				select q.no, 'alerts_acknowledged', a.child_id, (a.acknowledged_at at time zone 'Europe/London')::date, null
				from pattern_alert a
				join quarter q on a.acknowledged_at >= q.starts_at and a.acknowledged_at < q.ends_before""");
	}
}
