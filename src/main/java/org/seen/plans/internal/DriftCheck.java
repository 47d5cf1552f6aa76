package org.seen.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.seen.plans.DriftCode;

/**
 * The drift rules, pure: given a plan, its outcomes, actions and reviews and today's date (from
 * the clock, in England), what drift it shows. A closed plan shows none. Run by the daily check
 * and whenever the plan is viewed.
 */
class DriftCheck {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Clock clock;

	private final PlanSettings.Drift thresholds;

	DriftCheck(Clock clock, PlanSettings.Drift thresholds) {
		this.clock = clock;
		this.thresholds = thresholds;
	}

	/** One kind of drift, with a line saying what was found (no personal data: it goes into notices). */
	record Drift(DriftCode code, String detail) {
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	List<Drift> check(Plan plan, List<Outcome> outcomes, List<PlanAction> actions, List<Review> reviews) {
		List<Drift> found = new ArrayList<>();
		if (!plan.open()) {
			return found;
		}
		LocalDate today = today();
		// a review on its due date is on time; from the next day it is overdue
		if (plan.nextReviewOn() != null && plan.nextReviewOn().isBefore(today)) {
			found.add(new Drift(DriftCode.REVIEW_OVERDUE, "The review was due on " + DAY.format(plan.nextReviewOn())));
		}
		long overdue = actions.stream().filter(action -> action.overdue(today)).count();
		if (overdue > 0) {
			found.add(new Drift(DriftCode.ACTIONS_OVERDUE,
					overdue == 1 ? "1 action is past its due date" : overdue + " actions are past their due date"));
		}
		List<Review> newestFirst = reviews.stream().sorted(Comparator.comparing(Review::heldOn).reversed()).toList();
		noImprovement(plan, outcomes, newestFirst, today).ifPresent(found::add);
		// "over 12 months": on the anniversary the plan is a year old, not over it
		if (plan.earlyHelp() && plan.startedOn().plusMonths(thresholds.openLongMonths()).isBefore(today)) {
			found.add(new Drift(DriftCode.PLAN_OPEN_LONG, "The early help plan has been open since "
					+ DAY.format(plan.startedOn()) + ", more than " + thresholds.openLongMonths() + " months"));
		}
		if (!newestFirst.isEmpty() && !newestFirst.get(0).childHeard()) {
			found.add(new Drift(DriftCode.NO_CHILD_VOICE_AT_REVIEW,
					"The review on " + DAY.format(newestFirst.get(0).heldOn()) + " did not record the child's voice"));
		}
		return found;
	}

	/**
	 * No linked item is better than its baseline, judged by its latest grade (the baseline itself
	 * if it has never been graded again), once the plan has had enough months to show change, or an
	 * outcome has had enough reviews: only reviews held on or after the day the outcome was added
	 * count for it, so an outcome added just before a review is not judged at its first grading.
	 */
	private java.util.Optional<Drift> noImprovement(Plan plan, List<Outcome> outcomes, List<Review> newestFirst,
			LocalDate today) {
		List<Outcome> graded = outcomes.stream().filter(Outcome::graded).toList();
		if (graded.isEmpty()) {
			return java.util.Optional.empty();
		}
		long reviewsOfOutcome = graded.stream().mapToLong(outcome -> reviewsSince(outcome, newestFirst)).max().orElse(0);
		boolean enoughReviews = reviewsOfOutcome >= thresholds.noImprovementReviews();
		boolean enoughTime = !plan.startedOn().plusMonths(thresholds.noImprovementMonths()).isAfter(today);
		if (!enoughReviews && !enoughTime) {
			return java.util.Optional.empty();
		}
		boolean anyBetter = graded.stream().anyMatch(outcome -> latestGrade(outcome, newestFirst) < outcome.baselineGrade());
		if (anyBetter) {
			return java.util.Optional.empty();
		}
		String after = enoughReviews ? reviewsOfOutcome + " reviews"
				: thresholds.noImprovementMonths() + " months";
		return java.util.Optional.of(new Drift(DriftCode.NO_IMPROVEMENT,
				"None of the " + graded.size() + " assessed areas the plan is working on is better after " + after));
	}

	/** Reviews held on or after the day (in England) the outcome was added to the plan. */
	private static long reviewsSince(Outcome outcome, List<Review> reviews) {
		LocalDate added = LocalDate.ofInstant(outcome.createdAt(), LONDON);
		return reviews.stream().filter(review -> !review.heldOn().isBefore(added)).count();
	}

	static int latestGrade(Outcome outcome, List<Review> newestFirst) {
		for (Review review : newestFirst) {
			Review.Progress progress = review.progressOn(outcome.id());
			if (progress != null && progress.grade() != null) {
				return progress.grade();
			}
		}
		return outcome.baselineGrade();
	}
}
