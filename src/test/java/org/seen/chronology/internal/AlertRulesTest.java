package org.seen.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.chronology.EventType;

/** The pattern rules at their boundaries, with the default thresholds. */
class AlertRulesTest {

	static final LocalDate TODAY = LocalDate.of(2025, 8, 31);

	static final UUID SCHOOL = UUID.randomUUID();

	static final UUID HEALTH = UUID.randomUUID();

	static final ChildFacts SEVEN_YEAR_OLD = new ChildFacts(LocalDate.of(2018, 5, 1), false, LocalDate.of(2024, 1, 1));

	static final ChildFacts BABY = new ChildFacts(LocalDate.of(2025, 1, 10), false, LocalDate.of(2025, 1, 10));

	static final ChildFacts DISABLED = new ChildFacts(LocalDate.of(2015, 5, 1), true, LocalDate.of(2024, 1, 1));

	static final ChildFacts UNBORN = new ChildFacts(null, false, LocalDate.of(2025, 1, 1));

	final WasNotBroughtRepeated wasNotBrought = new WasNotBroughtRepeated(new Window(Period.ofMonths(6)), 3, 2);

	final InjuriesRepeated injuries = new InjuriesRepeated(new Window(Period.ofMonths(12)), 2, true);

	final SchoolAbsence absence = new SchoolAbsence(new Window(Period.ofMonths(12)), BigDecimal.valueOf(90));

	final NotSeen notSeen = new NotSeen(28);

	final ManyWorkers workers = new ManyWorkers(new Window(Period.ofMonths(12)), 3);

	final ConcernsAccumulating concerns = new ConcernsAccumulating(new Window(Period.ofDays(90)), 5, 2);

	static EventFact event(EventType type, LocalDate date) {
		return new EventFact(UUID.randomUUID(), date, type, SCHOOL, null);
	}

	static EventFact event(EventType type, LocalDate date, UUID agency) {
		return new EventFact(UUID.randomUUID(), date, type, agency, null);
	}

	static List<EventFact> times(int n, EventType type, LocalDate date) {
		List<EventFact> events = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			events.add(event(type, date));
		}
		return events;
	}

	@Test
	void three_was_not_brought_in_six_months_alerts_for_an_older_child_and_two_do_not() {
		assertThat(wasNotBrought.evaluate(SEVEN_YEAR_OLD, times(2, EventType.WAS_NOT_BROUGHT, TODAY), TODAY)).isEmpty();
		assertThat(wasNotBrought.evaluate(SEVEN_YEAR_OLD, times(3, EventType.WAS_NOT_BROUGHT, TODAY), TODAY))
			.hasValueSatisfying(m -> assertThat(m.eventIds()).hasSize(3));
	}

	@Test
	void two_was_not_brought_alert_for_a_baby_or_a_disabled_child() {
		assertThat(wasNotBrought.evaluate(BABY, times(2, EventType.WAS_NOT_BROUGHT, TODAY), TODAY)).isPresent();
		assertThat(wasNotBrought.evaluate(DISABLED, times(2, EventType.WAS_NOT_BROUGHT, TODAY), TODAY)).isPresent();
		assertThat(wasNotBrought.evaluate(BABY, times(1, EventType.WAS_NOT_BROUGHT, TODAY), TODAY)).isEmpty();
	}

	@Test
	void was_not_brought_exactly_six_months_ago_counts_and_a_day_earlier_does_not() {
		LocalDate sixMonthsAgo = TODAY.minusMonths(6); // 2025-02-28
		List<EventFact> onTheEdge = new ArrayList<>(times(2, EventType.WAS_NOT_BROUGHT, TODAY));
		onTheEdge.add(event(EventType.WAS_NOT_BROUGHT, sixMonthsAgo));
		assertThat(wasNotBrought.evaluate(SEVEN_YEAR_OLD, onTheEdge, TODAY)).isPresent();

		List<EventFact> justOutside = new ArrayList<>(times(2, EventType.WAS_NOT_BROUGHT, TODAY));
		justOutside.add(event(EventType.WAS_NOT_BROUGHT, sixMonthsAgo.minusDays(1)));
		assertThat(wasNotBrought.evaluate(SEVEN_YEAR_OLD, justOutside, TODAY)).isEmpty();
	}

	@Test
	void a_child_turns_one_and_needs_three_was_not_brought_again() {
		ChildFacts justOne = new ChildFacts(TODAY.minusYears(1), false, TODAY.minusYears(1));
		ChildFacts dayBeforeFirstBirthday = new ChildFacts(TODAY.minusYears(1).plusDays(1), false, TODAY.minusYears(1));
		assertThat(wasNotBrought.evaluate(justOne, times(2, EventType.WAS_NOT_BROUGHT, TODAY), TODAY)).isEmpty();
		assertThat(wasNotBrought.evaluate(dayBeforeFirstBirthday, times(2, EventType.WAS_NOT_BROUGHT, TODAY), TODAY))
			.isPresent();
	}

	@Test
	void two_injuries_or_ae_attendances_in_twelve_months_alert_and_one_does_not() {
		assertThat(injuries.evaluate(SEVEN_YEAR_OLD, List.of(event(EventType.INJURY, TODAY)), TODAY)).isEmpty();
		assertThat(injuries.evaluate(SEVEN_YEAR_OLD,
				List.of(event(EventType.INJURY, TODAY), event(EventType.AE_ATTENDANCE, TODAY.minusMonths(12))), TODAY))
			.isPresent();
		assertThat(injuries.evaluate(SEVEN_YEAR_OLD, List.of(event(EventType.INJURY, TODAY),
				event(EventType.AE_ATTENDANCE, TODAY.minusMonths(12).minusDays(1))), TODAY))
			.isEmpty();
	}

	@Test
	void any_injury_to_a_baby_under_one_alerts() {
		assertThat(injuries.evaluate(BABY, List.of(event(EventType.INJURY, TODAY)), TODAY))
			.hasValueSatisfying(m -> assertThat(m.reason()).contains("under one"));
	}

	@Test
	void attendance_below_ninety_percent_alerts_and_exactly_ninety_does_not() {
		EventFact ninety = new EventFact(UUID.randomUUID(), TODAY, EventType.SCHOOL_ATTENDANCE, SCHOOL, new BigDecimal("90"));
		EventFact justBelow = new EventFact(UUID.randomUUID(), TODAY, EventType.SCHOOL_ATTENDANCE, SCHOOL,
				new BigDecimal("89.99"));
		assertThat(absence.evaluate(SEVEN_YEAR_OLD, List.of(ninety), TODAY)).isEmpty();
		assertThat(absence.evaluate(SEVEN_YEAR_OLD, List.of(justBelow), TODAY)).isPresent();
	}

	@Test
	void missing_education_alerts_on_its_own() {
		assertThat(absence.evaluate(SEVEN_YEAR_OLD, List.of(event(EventType.MISSING_EDUCATION, TODAY)), TODAY))
			.hasValueSatisfying(m -> assertThat(m.reason()).isEqualTo("Missing education"));
	}

	@Test
	void not_seen_alerts_when_twenty_eight_days_have_passed_since_the_child_was_last_seen() {
		assertThat(notSeen.evaluate(SEVEN_YEAR_OLD, List.of(event(EventType.CHILD_SEEN, TODAY.minusDays(27))), TODAY))
			.isEmpty();
		assertThat(notSeen.evaluate(SEVEN_YEAR_OLD, List.of(event(EventType.CHILD_SEEN, TODAY.minusDays(28))), TODAY))
			.hasValueSatisfying(m -> assertThat(m.eventIds()).hasSize(1));
	}

	@Test
	void not_seen_counts_from_involvement_when_the_child_was_never_seen() {
		ChildFacts involvedRecently = new ChildFacts(LocalDate.of(2018, 5, 1), false, TODAY.minusDays(27));
		ChildFacts involvedLongAgo = new ChildFacts(LocalDate.of(2018, 5, 1), false, TODAY.minusDays(28));
		assertThat(notSeen.evaluate(involvedRecently, List.of(), TODAY)).isEmpty();
		assertThat(notSeen.evaluate(involvedLongAgo, List.of(), TODAY)).isPresent();
	}

	@Test
	void not_seen_never_alerts_for_an_unborn_child_or_one_no_agency_is_involved_with() {
		assertThat(notSeen.evaluate(UNBORN, List.of(), TODAY)).isEmpty();
		assertThat(notSeen.evaluate(new ChildFacts(LocalDate.of(2018, 5, 1), false, null), List.of(), TODAY)).isEmpty();
	}

	@Test
	void three_changes_of_worker_in_twelve_months_alert_and_two_do_not() {
		assertThat(workers.evaluate(SEVEN_YEAR_OLD, times(2, EventType.CHANGE_OF_WORKER, TODAY), TODAY)).isEmpty();
		assertThat(workers.evaluate(SEVEN_YEAR_OLD, times(3, EventType.CHANGE_OF_WORKER, TODAY.minusMonths(12)), TODAY))
			.isPresent();
	}

	@Test
	void five_concerns_from_two_agencies_in_ninety_days_alert() {
		List<EventFact> five = new ArrayList<>(times(4, EventType.CONCERN, TODAY));
		five.add(event(EventType.CONCERN, TODAY.minusDays(90), HEALTH));
		assertThat(concerns.evaluate(SEVEN_YEAR_OLD, five, TODAY)).isPresent();
	}

	@Test
	void five_concerns_from_one_agency_or_four_from_two_do_not_alert() {
		assertThat(concerns.evaluate(SEVEN_YEAR_OLD, times(5, EventType.CONCERN, TODAY), TODAY)).isEmpty();
		List<EventFact> four = new ArrayList<>(times(3, EventType.CONCERN, TODAY));
		four.add(event(EventType.CONCERN, TODAY, HEALTH));
		assertThat(concerns.evaluate(SEVEN_YEAR_OLD, four, TODAY)).isEmpty();
	}

	@Test
	void a_concern_ninety_one_days_ago_falls_outside_the_window() {
		List<EventFact> five = new ArrayList<>(times(4, EventType.CONCERN, TODAY));
		five.add(event(EventType.CONCERN, TODAY.minusDays(91), HEALTH));
		assertThat(concerns.evaluate(SEVEN_YEAR_OLD, five, TODAY)).isEmpty();
	}

	@Test
	void events_of_other_types_never_count() {
		assertThat(wasNotBrought.evaluate(BABY, times(5, EventType.CHILD_NOT_SEEN, TODAY), TODAY)).isEmpty();
		assertThat(workers.evaluate(SEVEN_YEAR_OLD, times(5, EventType.HOME_VISIT, TODAY), TODAY)).isEmpty();
	}
}
