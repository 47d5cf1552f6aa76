package org.seen.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.seen.calendar.WorkingDays;

/** A clock a test sets to a day in England, to see what the stage rules do on it. */
class SettableClock extends Clock {

	private volatile Instant now = Instant.now();

	void setDay(LocalDate day) {
		now = day.atTime(LocalTime.of(10, 0)).atZone(WorkingDays.ENGLAND).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Clock self = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return now;
	}
}
