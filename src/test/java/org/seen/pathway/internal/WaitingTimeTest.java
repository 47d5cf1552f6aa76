package org.seen.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.calendar.WorkingDays;
import org.seen.pathway.ReferralDecision;

/** How long a referral has waited at the front door, in working hours, on a fixed clock. */
class WaitingTimeTest {

	static final Map<LocalDate, String> BANK_HOLIDAYS = Map.of(LocalDate.of(2026, 4, 3), "Good Friday",
			LocalDate.of(2026, 4, 6), "Easter Monday");

	static Instant london(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(WorkingDays.ENGLAND).toInstant();
	}

	static FrontDoor frontDoorAt(Instant now) {
		Clock clock = Clock.fixed(now, WorkingDays.ENGLAND);
		return new FrontDoor(null, null, null, null, null, null, null, null, null, null, null,
				new WorkingDays(BANK_HOLIDAYS, clock), null, clock, "", 24);
	}

	static Referral referredAt(Instant at, ReferralDecision decision, Instant decidedAt) {
		return new Referral(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "SPECIALIST", false, null, "r", "k",
				UUID.randomUUID(), null, null, null, "A referrer", null, null, null, at, decision,
				decision == null ? null : "why", null, null, decidedAt, null, 0);
	}

	@Test
	void a_referral_made_late_on_friday_has_waited_two_working_hours_by_monday_at_ten() {
		// Friday 6 March 2026, 4pm to Monday 9 March, 10am: one hour on Friday, one on Monday
		FrontDoor frontDoor = frontDoorAt(london(3, 9, 10));
		Referral referral = referredAt(london(3, 6, 16), null, null);
		assertThat(FrontDoor.inWorkingHours(frontDoor.waiting(referral))).isEqualTo("2 working hours");
		assertThat(frontDoor.overdue(referral)).isFalse();
	}

	@Test
	void easter_does_not_count_towards_the_wait() {
		// Thursday 2 April, 9am to Tuesday 7 April, 9am: Good Friday and Easter Monday are not working days
		FrontDoor frontDoor = frontDoorAt(london(4, 7, 9));
		assertThat(frontDoor.waiting(referredAt(london(4, 2, 9), null, null)).toHours()).isEqualTo(8);
	}

	@Test
	void after_three_working_days_a_referral_is_overdue() {
		// Monday 9 March, 9am to Thursday 12 March, 9am: 24 working hours
		FrontDoor frontDoor = frontDoorAt(london(3, 12, 9));
		Referral referral = referredAt(london(3, 9, 9), null, null);
		assertThat(FrontDoor.inWorkingHours(frontDoor.waiting(referral))).isEqualTo("24 working hours");
		assertThat(frontDoor.overdue(referral)).isTrue();
		assertThat(frontDoorAt(london(3, 11, 16)).overdue(referral)).isFalse();
	}

	@Test
	void a_decided_referral_stops_waiting_when_it_was_decided() {
		FrontDoor frontDoor = frontDoorAt(london(3, 20, 12));
		Referral decided = referredAt(london(3, 9, 9), ReferralDecision.EARLY_HELP, london(3, 9, 15));
		assertThat(frontDoor.waiting(decided).toHours()).isEqualTo(6);
		assertThat(frontDoor.overdue(decided)).isFalse();
	}

	@Test
	void under_an_hour_reads_as_less_than_one_working_hour() {
		FrontDoor frontDoor = frontDoorAt(london(3, 9, 9).plusSeconds(1800));
		assertThat(FrontDoor.inWorkingHours(frontDoor.waiting(referredAt(london(3, 9, 9), null, null))))
			.isEqualTo("less than 1 working hour");
		assertThat(FrontDoor.inWorkingHours(java.time.Duration.ofMinutes(61))).isEqualTo("1 working hour");
	}
}
