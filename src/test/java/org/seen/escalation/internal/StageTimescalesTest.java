package org.seen.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.seen.calendar.WorkingDays;
import org.springframework.core.io.ClassPathResource;

/** Stage deadlines in working days, on the England and Wales calendar, at a fixed time. */
class StageTimescalesTest {

	private final WorkingDays calendar = new WorkingDays(bankHolidays(),
			Clock.fixed(Instant.parse("2026-12-23T10:00:00Z"), ZoneOffset.UTC));

	private static java.util.Map<LocalDate, String> bankHolidays() {
		try (var in = new ClassPathResource("calendar/bank-holidays-england-and-wales.csv").getInputStream()) {
			java.util.Map<LocalDate, String> days = new java.util.TreeMap<>();
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				if (line.matches("\\d{4}-\\d{2}-\\d{2},.*")) {
					days.put(LocalDate.parse(line.substring(0, 10)), line.substring(11));
				}
			}
			return days;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void raised_on_23_december_with_3_working_days_is_due_on_30_december() {
		StageTimescales timescales = new StageTimescales(new int[] { 3, 5, 10, 10 }, calendar);
		// Thu 24, then Christmas Day, the weekend and the substitute Boxing Day are skipped: Tue 29, Wed 30
		assertThat(timescales.dueOn(1, LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void each_stage_has_its_own_timescale_and_weekends_do_not_count() {
		StageTimescales timescales = new StageTimescales(new int[] { 5, 5, 10, 10 }, calendar);
		// Friday 20 November 2026 + 5 working days is the next Friday
		assertThat(timescales.dueOn(2, LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 27));
		// 10 working days from Monday 30 November: two full weeks
		assertThat(timescales.dueOn(3, LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 14));
		// across New Year's Day 2027 (a Friday)
		assertThat(timescales.dueOn(1, LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(timescales.days(4)).isEqualTo(10);
	}

	@Test
	void the_deadline_day_is_in_time_and_the_day_after_is_overdue() {
		LocalDate due = LocalDate.of(2026, 12, 30);
		assertThat(StageTimescales.overdue(due, due)).isFalse();
		assertThat(StageTimescales.overdue(due, due.minusDays(1))).isFalse();
		assertThat(StageTimescales.overdue(due, due.plusDays(1))).isTrue();
	}

	@Test
	void a_timescale_setting_without_four_sensible_numbers_is_refused_at_start() {
		assertThatThrownBy(() -> new StageTimescales(new int[] { 5, 5, 10 }, calendar))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("seen.escalation.stage-days");
		assertThatThrownBy(() -> new StageTimescales(new int[] { 5, 0, 10, 10 }, calendar))
			.isInstanceOf(IllegalStateException.class);
	}
}
