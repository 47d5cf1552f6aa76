package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.agencies.PractitionerSummary;
import org.seen.people.ChildSummary;

/** A plan with everything its page, the API and the family's view show. */
public record PlanView(Plan plan, ChildSummary child, String levelName, PractitionerSummary lead, PlanParts parts,
		List<Finding> drift, LocalDate today) {

	public List<Member> members() {
		return parts.members();
	}

	public List<Outcome> outcomes() {
		return parts.outcomes();
	}

	public List<PlanAction> actions() {
		return parts.actions();
	}

	public List<Review> reviews() {
		return parts.reviews();
	}

	public Optional<Review> latestReview() {
		return parts.latestReview();
	}

	public Outcome outcome(UUID id) {
		return outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
	}

	public PlanAction action(UUID id) {
		return actions().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
	}

	public Member member(UUID id) {
		return parts.member(id).orElse(null);
	}

	/** Who owns an action, as the team knows them. */
	public String owner(PlanAction action) {
		Member owner = member(action.ownerMemberId());
		return owner == null ? "" : owner.describe();
	}

	/** The linked item's grade at the latest review that graded it, or its baseline. */
	public Integer latestGrade(Outcome outcome) {
		return outcome.graded() ? DriftCheck.latestGrade(outcome, reviews()) : null;
	}

	/** Progress at the latest review, or null before the first. */
	public Review.Progress latestProgress(Outcome outcome) {
		return latestReview().map(r -> r.progressOn(outcome.id())).orElse(null);
	}

	public List<PlanAction> actionsFor(Outcome outcome) {
		return actions().stream().filter(a -> outcome.id().equals(a.outcomeId())).toList();
	}

	public boolean overdue(PlanAction action) {
		return action.overdue(today);
	}

	public boolean reviewOverdue() {
		return plan.open() && plan.nextReviewOn() != null && plan.nextReviewOn().isBefore(today);
	}

	public List<Finding> unanswered() {
		return drift.stream().filter(f -> !f.answered(today)).toList();
	}

	public String attendees(Review review) {
		return members().stream()
			.filter(m -> review.attendees().contains(m.id()))
			.map(Member::describe)
			.reduce((a, b) -> a + "; " + b)
			.orElse("Not recorded");
	}
}
