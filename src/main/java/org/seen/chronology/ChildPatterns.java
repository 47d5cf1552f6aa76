package org.seen.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of a child's chronology (the pathway's level suggestion, a
 * referral's attachments): the open alerts and a short summary of the entries. Callers have
 * already admitted the actor through {@link org.seen.access.ChildAccess}; no audit entry here.
 */
@Service
public class ChildPatterns {

	private final JdbcClient jdbc;

	ChildPatterns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Alerts raised and not yet acknowledged, newest first. */
	public List<OpenAlert> openAlerts(UUID childId) {
		return jdbc.sql("""
				select code, reason, raised_at from pattern_alert
				where child_id = ? and acknowledged_at is null order by raised_at desc""")
			.param(childId)
			.query((rs, n) -> new OpenAlert(AlertCode.valueOf(rs.getString("code")), rs.getString("reason"),
					rs.getTimestamp("raised_at").toInstant()))
			.list();
	}

	/** The newest entries still on the chronology (not removed), at most {@code limit}. */
	public List<Entry> recentEntries(UUID childId, int limit) {
		return jdbc.sql("""
				select e.occurred_on, e.type, e.summary, e.significance, a.name as agency
				from chronology_event e join agency a on a.id = e.agency_id
				where e.child_id = ? and e.removed_at is null
				order by e.occurred_on desc, e.recorded_at desc limit ?""")
			.params(childId, limit)
			.query((rs, n) -> new Entry(rs.getObject("occurred_on", LocalDate.class),
					EventType.valueOf(rs.getString("type")), rs.getString("summary"), rs.getString("significance"),
					rs.getString("agency")))
			.list();
	}

	/** How many entries the chronology holds, and of those how many are of high significance. */
	public Counts counts(UUID childId) {
		return jdbc.sql("""
				select count(*) as entries, count(*) filter (where significance = 'HIGH') as high,
				       count(distinct agency_id) as agencies
				from chronology_event where child_id = ? and removed_at is null""")
			.param(childId)
			.query((rs, n) -> new Counts(rs.getInt("entries"), rs.getInt("high"), rs.getInt("agencies")))
			.single();
	}

	public record OpenAlert(AlertCode code, String reason, Instant raisedAt) {
	}

	public record Entry(LocalDate occurredOn, EventType type, String summary, String significance, String agency) {
	}

	public record Counts(int entries, int highSignificance, int agencies) {
	}
}
