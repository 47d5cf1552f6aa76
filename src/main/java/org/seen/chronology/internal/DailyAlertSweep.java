package org.seen.chronology.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time-based rules (a child not seen for weeks) fire with no new event, so every child with a
 * current involvement or a chronology is evaluated once a day. The day is claimed under a
 * PostgreSQL advisory lock and recorded, so the sweep runs once however many nodes are scheduled.
 */
@Component
class DailyAlertSweep {

	private static final Logger log = LoggerFactory.getLogger(DailyAlertSweep.class);

	private final JdbcClient jdbc;

	private final PatternAlerts alerts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DailyAlertSweep(JdbcClient jdbc, PatternAlerts alerts, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.alerts = alerts;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${seen.alerts.daily-cron:0 15 5 * * *}", zone = "Europe/London")
	void daily() {
		sweep(LocalDate.now(clock.withZone(PatternAlerts.LONDON)));
	}

	/** Sweeps the given day unless some node already has; returns whether this call swept it. */
	boolean sweep(LocalDate day) {
		Boolean claimed = transaction.execute(status -> {
			Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('chronology.alerts.sweep'))")
				.query(Boolean.class)
				.single();
			return Boolean.TRUE.equals(locked) && jdbc.sql("""
					insert into pattern_alert_sweep (swept_on, started_at) values (?, ?) on conflict do nothing""")
				.params(day, Timestamp.from(Instant.now(clock)))
				.update() == 1;
		});
		if (!Boolean.TRUE.equals(claimed)) {
			return false;
		}
		List<UUID> children = jdbc.sql("""
				select child_id from involvement where ended_on is null or ended_on > ?
				union select child_id from chronology_event where removed_at is null""")
			.param(day)
			.query(UUID.class)
			.list();
		int raised = 0;
		for (UUID child : children) {
			// one transaction per child, so one bad record cannot stop the sweep
			try {
				raised += transaction.execute(status -> alerts.evaluate(child).size());
			}
			catch (RuntimeException ex) {
				// the exception's class only: a database message can quote the values of a record
				log.warn("Alert evaluation failed for child {}: {}", child, ex.getClass().getName());
			}
		}
		jdbc.sql("update pattern_alert_sweep set finished_at = ?, children = ? where swept_on = ?")
			.params(Timestamp.from(Instant.now(clock)), children.size(), day)
			.update();
		log.info("Daily alert sweep for {}: {} children, {} alerts raised", day, children.size(), raised);
		return true;
	}
}
