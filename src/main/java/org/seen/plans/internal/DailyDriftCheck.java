package org.seen.plans.internal;

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
 * Drift grows with no one touching a plan (a review date passes), so every open plan is checked
 * once a day. The day is claimed under a PostgreSQL advisory lock and recorded, so the check runs
 * once however many nodes are scheduled.
 */
@Component
class DailyDriftCheck {

	private static final Logger log = LoggerFactory.getLogger(DailyDriftCheck.class);

	private final JdbcClient jdbc;

	private final Plans plans;

	private final DriftFindings drift;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DailyDriftCheck(JdbcClient jdbc, Plans plans, DriftFindings drift, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.drift = drift;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${seen.plans.drift.daily-cron:0 30 5 * * *}", zone = "Europe/London")
	void daily() {
		check(drift.today());
	}

	/** Checks every open plan for the given day unless some node already has; returns whether this call did. */
	boolean check(LocalDate day) {
		Boolean claimed = transaction.execute(status -> {
			Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('plans.drift.daily'))")
				.query(Boolean.class)
				.single();
			return Boolean.TRUE.equals(locked) && jdbc.sql("""
					insert into drift_check_run (checked_on, started_at) values (?, ?) on conflict do nothing""")
				.params(day, Timestamp.from(Instant.now(clock)))
				.update() == 1;
		});
		if (!Boolean.TRUE.equals(claimed)) {
			return false;
		}
		List<UUID> open = plans.openPlanIds();
		int findings = 0;
		for (UUID id : open) {
			// one transaction per plan, so one bad record cannot stop the check
			try {
				findings += transaction.execute(status -> plans.find(id)
					.filter(Plan::open)
					.map(plan -> drift.refresh(plan, plans.parts(id)).size())
					.orElse(0));
			}
			catch (RuntimeException ex) {
				// the exception's class only: a database message can quote the values of a record
				log.warn("Drift check failed for plan {}: {}", id, ex.getClass().getName());
			}
		}
		jdbc.sql("update drift_check_run set finished_at = ?, plans = ? where checked_on = ?")
			.params(Timestamp.from(Instant.now(clock)), open.size(), day)
			.update();
		log.info("Daily drift check for {}: {} open plans, {} open findings", day, open.size(), findings);
		return true;
	}
}
