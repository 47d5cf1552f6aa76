package org.seen.escalation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.seen.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves escalations whose stage timescale has passed up a stage, once a day. The day is claimed
 * under a PostgreSQL advisory lock and recorded, so the check runs once however many nodes are
 * scheduled. A claim that never finished (its node stopped part-way) may be taken again once it
 * is an hour old, so the day is not lost. Pages showing escalations run the same check for what
 * they show, so nothing waits for the morning.
 */
@Component
class DailyEscalationCheck {

	private static final Logger log = LoggerFactory.getLogger(DailyEscalationCheck.class);

	/** How long an unfinished claim stands before another check may take the day over. */
	static final Duration STALE_CLAIM = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final ChildEscalations escalations;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DailyEscalationCheck(JdbcClient jdbc, ChildEscalations escalations, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.escalations = escalations;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${seen.escalation.daily-cron:0 30 5 * * *}", zone = "Europe/London")
	void daily() {
		check(LocalDate.now(clock.withZone(WorkingDays.ENGLAND)));
	}

	/** Checks the given day unless some node already has; returns whether this call checked it. */
	boolean check(LocalDate day) {
		Boolean claimed = transaction.execute(status -> {
			Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('escalation.daily-check'))")
				.query(Boolean.class)
				.single();
			Instant now = Instant.now(clock);
			return Boolean.TRUE.equals(locked) && jdbc.sql("""
					insert into escalation_check (checked_on, started_at) values (?, ?)
					on conflict (checked_on) do update set started_at = excluded.started_at
					where escalation_check.finished_at is null and escalation_check.started_at < ?""")
				.params(day, Timestamp.from(now), Timestamp.from(now.minus(STALE_CLAIM)))
				.update() == 1;
		});
		if (!Boolean.TRUE.equals(claimed)) {
			return false;
		}
		int moved = escalations.moveOverdue(day);
		jdbc.sql("update escalation_check set finished_at = ?, moved = ? where checked_on = ?")
			.params(Timestamp.from(Instant.now(clock)), moved, day)
			.update();
		log.info("Daily escalation check for {}: {} moved up", day, moved);
		return true;
	}
}
