package org.seen.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.pathway.LevelOfNeed;
import org.seen.plans.DriftCode;

/** The drift rules on a fixed clock: each kind of drift, and each edge. */
class DriftCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

	final DriftCheck check = new DriftCheck(
			Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("UTC")),
			PlanSettings.defaults().drift());

	static Plan plan(LocalDate started, LocalDate nextReview) {
		return plan(started, nextReview, LevelOfNeed.Kind.EARLY_HELP, null);
	}

	static Plan plan(LocalDate started, LocalDate nextReview, LevelOfNeed.Kind kind, LocalDate closed) {
		return new Plan(UUID.randomUUID(), UUID.randomUUID(), "TARGETED_EARLY_HELP", kind, true, null, null, UUID.randomUUID(),
				null, null, started, "Tester", nextReview, closed, closed == null ? null : Plan.ClosureReason.OTHER,
				closed == null ? null : "test", null, 0);
	}

	static final UUID NUTRITION = UUID.randomUUID();

	static Outcome nutrition(int baseline) {
		return nutrition(baseline, TODAY.minusYears(1));
	}

	/** The nutrition outcome, added to the plan on the day given (late in the evening in England). */
	static Outcome nutrition(int baseline, LocalDate added) {
		return new Outcome(NUTRITION, Outcome.Kind.ITEM, UUID.randomUUID(), "nutrition", "Nutrition", null,
				"Regular meals", baseline, baseline - 1, TODAY.plusMonths(3), 0,
				added.atTime(23, 30).atZone(ZoneId.of("Europe/London")).toInstant());
	}

	static Review review(LocalDate held, Integer nutritionGrade, boolean childHeard) {
		Map<UUID, Review.Progress> progress = nutritionGrade == null ? Map.of()
				: Map.of(NUTRITION, new Review.Progress(NUTRITION, Review.Direction.SAME, nutritionGrade, null));
		return new Review(UUID.randomUUID(), held, childHeard ? "I like school dinners" : null,
				childHeard ? null : "Child was at school", "Things are harder", null, null, held.plusWeeks(6), "Tester",
				null, Set.of(), progress);
	}

	static PlanAction action(LocalDate due, PlanAction.Status status) {
		return new PlanAction(UUID.randomUUID(), null, "Apply for free school meals", UUID.randomUUID(), due, status, null, 0);
	}

	List<DriftCode> codes(Plan plan, List<Outcome> outcomes, List<PlanAction> actions, List<Review> reviews) {
		return check.check(plan, outcomes, actions, reviews).stream().map(DriftCheck.Drift::code).toList();
	}

	@Test
	void a_review_is_overdue_from_the_day_after_its_date_not_on_it() {
		LocalDate started = TODAY.minusWeeks(6);
		assertThat(codes(plan(started, TODAY), List.of(), List.of(), List.of())).isEmpty();
		assertThat(codes(plan(started, TODAY.minusDays(1)), List.of(), List.of(), List.of()))
			.containsExactly(DriftCode.REVIEW_OVERDUE);
	}

	@Test
	void a_review_six_weeks_after_the_start_is_due_exactly_six_weeks_on_and_overdue_a_day_later() {
		LocalDate started = TODAY.minusWeeks(6);
		Plan dueToday = plan(started, started.plusWeeks(6));
		assertThat(codes(dueToday, List.of(), List.of(), List.of())).doesNotContain(DriftCode.REVIEW_OVERDUE);
		Plan dueYesterday = plan(started.minusDays(1), started.minusDays(1).plusWeeks(6));
		assertThat(codes(dueYesterday, List.of(), List.of(), List.of())).contains(DriftCode.REVIEW_OVERDUE);
	}

	@Test
	void an_action_past_its_due_date_and_not_done_is_overdue() {
		Plan plan = plan(TODAY.minusWeeks(2), TODAY.plusWeeks(4));
		assertThat(codes(plan, List.of(), List.of(action(TODAY, PlanAction.Status.NOT_STARTED)), List.of())).isEmpty();
		assertThat(codes(plan, List.of(), List.of(action(TODAY.minusDays(1), PlanAction.Status.IN_PROGRESS)), List.of()))
			.containsExactly(DriftCode.ACTIONS_OVERDUE);
		assertThat(check.check(plan, List.of(), List.of(action(TODAY.minusDays(1), PlanAction.Status.NOT_STARTED),
				action(TODAY.minusDays(3), PlanAction.Status.IN_PROGRESS)), List.of()).get(0).detail())
			.isEqualTo("2 actions are past their due date");
	}

	@Test
	void a_done_action_or_one_recorded_as_not_done_is_not_overdue() {
		Plan plan = plan(TODAY.minusWeeks(2), TODAY.plusWeeks(4));
		assertThat(codes(plan, List.of(), List.of(action(TODAY.minusDays(5), PlanAction.Status.DONE),
				action(TODAY.minusDays(5), PlanAction.Status.NOT_DONE)), List.of())).isEmpty();
	}

	@Test
	void no_improvement_after_three_reviews_but_not_after_two() {
		Plan plan = plan(TODAY.minusMonths(4), TODAY.plusWeeks(2));
		List<Review> two = List.of(review(TODAY.minusWeeks(6), 3, true), review(TODAY.minusWeeks(1), 3, true));
		assertThat(codes(plan, List.of(nutrition(3)), List.of(), two)).isEmpty();
		List<Review> three = List.of(review(TODAY.minusWeeks(10), 4, true), review(TODAY.minusWeeks(6), 3, true),
				review(TODAY.minusWeeks(1), 3, true));
		assertThat(codes(plan, List.of(nutrition(3)), List.of(), three)).containsExactly(DriftCode.NO_IMPROVEMENT);
	}

	@Test
	void an_outcome_added_just_before_the_third_review_is_not_judged_at_its_first_grading() {
		Plan plan = plan(TODAY.minusMonths(4), TODAY.plusWeeks(2));
		List<Review> three = List.of(review(TODAY.minusWeeks(10), null, true), review(TODAY.minusWeeks(6), null, true),
				review(TODAY.minusWeeks(1), 3, true));
		// added the evening before the third review: only that review counts for it
		assertThat(codes(plan, List.of(nutrition(3, TODAY.minusWeeks(1).minusDays(1))), List.of(), three)).isEmpty();
		// a review held on the day the outcome was added counts for it; one held the day before does not
		assertThat(codes(plan, List.of(nutrition(3, TODAY.minusWeeks(10))), List.of(), three))
			.containsExactly(DriftCode.NO_IMPROVEMENT);
		assertThat(codes(plan, List.of(nutrition(3, TODAY.minusWeeks(10).plusDays(1))), List.of(), three)).isEmpty();
	}

	@Test
	void an_item_better_than_its_baseline_at_the_latest_review_is_improvement() {
		Plan plan = plan(TODAY.minusMonths(4), TODAY.plusWeeks(2));
		List<Review> three = List.of(review(TODAY.minusWeeks(10), 3, true), review(TODAY.minusWeeks(6), 3, true),
				review(TODAY.minusWeeks(1), 2, true));
		assertThat(codes(plan, List.of(nutrition(3)), List.of(), three)).isEmpty();
	}

	@Test
	void no_improvement_after_six_months_to_the_day_even_with_fewer_reviews() {
		Plan sixMonths = plan(TODAY.minusMonths(6), TODAY.plusWeeks(2));
		assertThat(codes(sixMonths, List.of(nutrition(3)), List.of(), List.of(review(TODAY.minusWeeks(2), 3, true))))
			.containsExactly(DriftCode.NO_IMPROVEMENT);
		Plan dayShort = plan(TODAY.minusMonths(6).plusDays(1), TODAY.plusWeeks(2));
		assertThat(codes(dayShort, List.of(nutrition(3)), List.of(), List.of(review(TODAY.minusWeeks(2), 3, true))))
			.isEmpty();
	}

	@Test
	void a_plan_with_no_graded_outcome_shows_no_improvement_drift() {
		Plan plan = plan(TODAY.minusMonths(8), TODAY.plusWeeks(2));
		Outcome voice = new Outcome(UUID.randomUUID(), Outcome.Kind.CHILD_VOICE, null, null, null, "I am hungry",
				"Breakfast every day", null, null, TODAY.plusMonths(1), 0, TODAY.minusMonths(8).atStartOfDay(ZoneId.of("UTC")).toInstant());
		assertThat(codes(plan, List.of(voice), List.of(), List.of())).doesNotContain(DriftCode.NO_IMPROVEMENT);
	}

	@Test
	void an_early_help_plan_is_open_long_after_twelve_months_not_on_the_anniversary() {
		assertThat(codes(plan(TODAY.minusMonths(12), TODAY.plusWeeks(2)), List.of(), List.of(), List.of())).isEmpty();
		assertThat(codes(plan(TODAY.minusMonths(12).minusDays(1), TODAY.plusWeeks(2)), List.of(), List.of(), List.of()))
			.containsExactly(DriftCode.PLAN_OPEN_LONG);
	}

	@Test
	void a_statutory_plan_is_not_counted_as_an_early_help_plan_open_long() {
		Plan statutory = plan(TODAY.minusMonths(14), TODAY.plusWeeks(2), LevelOfNeed.Kind.STATUTORY, null);
		assertThat(codes(statutory, List.of(), List.of(), List.of())).isEmpty();
	}

	@Test
	void the_last_review_without_the_childs_voice_is_drift_even_if_an_earlier_one_heard_them() {
		Plan plan = plan(TODAY.minusMonths(3), TODAY.plusWeeks(5));
		assertThat(codes(plan, List.of(), List.of(), List.of(review(TODAY.minusWeeks(7), null, true),
				review(TODAY.minusWeeks(1), null, false)))).containsExactly(DriftCode.NO_CHILD_VOICE_AT_REVIEW);
		assertThat(codes(plan, List.of(), List.of(), List.of(review(TODAY.minusWeeks(7), null, false),
				review(TODAY.minusWeeks(1), null, true)))).isEmpty();
	}

	@Test
	void a_closed_plan_shows_no_drift_however_late_it_is() {
		Plan closed = plan(TODAY.minusMonths(20), TODAY.minusMonths(5), LevelOfNeed.Kind.EARLY_HELP, TODAY.minusDays(1));
		assertThat(codes(closed, List.of(nutrition(3)), List.of(action(TODAY.minusMonths(6), PlanAction.Status.NOT_STARTED)),
				List.of(review(TODAY.minusMonths(7), 3, false), review(TODAY.minusMonths(8), 3, false),
						review(TODAY.minusMonths(9), 3, false)))).isEmpty();
	}

	@Test
	void every_kind_of_drift_can_show_at_once() {
		Plan plan = plan(TODAY.minusMonths(13), TODAY.minusDays(3));
		assertThat(codes(plan, List.of(nutrition(3)), List.of(action(TODAY.minusDays(2), PlanAction.Status.NOT_STARTED)),
				List.of(review(TODAY.minusMonths(2), 4, false)))).containsExactly(DriftCode.REVIEW_OVERDUE,
						DriftCode.ACTIONS_OVERDUE, DriftCode.NO_IMPROVEMENT, DriftCode.PLAN_OPEN_LONG,
						DriftCode.NO_CHILD_VOICE_AT_REVIEW);
	}
}
