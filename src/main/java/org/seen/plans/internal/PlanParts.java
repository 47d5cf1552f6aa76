package org.seen.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A plan's parts: its team, outcomes, actions and reviews (newest first). */
public record PlanParts(List<Member> members, List<Outcome> outcomes, List<PlanAction> actions, List<Review> reviews) {

	public Optional<Member> member(UUID id) {
		return members.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public List<Member> practitioners() {
		return members.stream().filter(m -> !m.family()).toList();
	}

	public List<Member> family() {
		return members.stream().filter(Member::family).toList();
	}

	public Optional<Review> latestReview() {
		return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(0));
	}
}
