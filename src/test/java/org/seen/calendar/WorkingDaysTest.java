package org.seen.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class WorkingDaysTest {

	private final WorkingDays calendar = new WorkingDays(
			WorkingDays.read(new ClassPathResource("calendar/bank-holidays-england-and-wales.csv")),
			Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void weekends_and_bank_holidays_are_not_working_days() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		// Boxing Day 2026 is a Saturday, so the Monday after is the substitute day
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
		assertThat(calendar.bankHoliday(LocalDate.of(2026, 12, 28))).contains("substitute");
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
	}

	@Test
	void five_working_days_from_a_friday_end_the_next_friday() {
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void working_days_skip_christmas_and_the_substitute_boxing_day() {
		// Wed 23 Dec + 3 working days: Thu 24, (Fri 25, Sat, Sun, Mon 28 off) Tue 29, Wed 30
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 30))).isEqualTo(3);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 23))).isZero();
	}

	@Test
	void zero_working_days_is_the_same_day_and_negative_is_refused() {
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 11, 28), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void waiting_time_counts_only_opening_hours_in_england() {
		// Friday 27 Nov 2026 16:00 to Monday 30 Nov 10:00 (GMT): one hour on Friday, one on Monday
		assertThat(calendar.workingTimeBetween(Instant.parse("2026-11-27T16:00:00Z"),
				Instant.parse("2026-11-30T10:00:00Z"))).isEqualTo(Duration.ofHours(2));
		// in summer time 9am in England is 8am UTC
		assertThat(calendar.workingTimeBetween(Instant.parse("2026-07-01T07:00:00Z"),
				Instant.parse("2026-07-01T09:00:00Z"))).isEqualTo(Duration.ofHours(1));
		// overnight and over a bank holiday weekend nothing counts
		assertThat(calendar.workingTimeBetween(Instant.parse("2026-04-02T17:00:00Z"),
				Instant.parse("2026-04-07T08:00:00Z"))).isEqualTo(Duration.ZERO);
		assertThat(calendar.workingTimeBetween(Instant.parse("2026-11-30T12:00:00Z"),
				Instant.parse("2026-11-30T11:00:00Z"))).isEqualTo(Duration.ZERO);
	}

	@Test
	void a_bad_line_in_the_holiday_file_is_named() {
		ByteArrayResource file = new ByteArrayResource("date,name\n2026-12-25,Christmas Day\n25/12/2027,Christmas\n".getBytes());
		assertThatThrownBy(() -> WorkingDays.read(file)).hasMessageContaining("line 3");
	}
}
