package org.seen.plans.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.seen.agencies.PractitionerSummary;
import org.seen.agencies.Practitioners;
import org.seen.family.FamilyPlan;
import org.seen.family.FamilyPlanSource;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's open plan as the family reads it: what is going well, what needs to change, who
 * does what by when and the next meeting, in plain words. No grades, no evidence, no agency's
 * chronology, no professional's notes on actions, and never the child's own words: what a child
 * told a practitioner may be about the very adult reading the plan, so an outcome tied to the
 * child's voice shows only what will be different for the child (the practitioners' pages keep
 * the quote). The family module has already checked the family member's invitation and audits
 * the read.
 */
@Component
class FamilyPlans implements FamilyPlanSource {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Plans plans;

	private final Practitioners practitioners;

	private final ChildRecords children;

	FamilyPlans(Plans plans, Practitioners practitioners, ChildRecords children) {
		this.plans = plans;
		this.practitioners = practitioners;
		this.children = children;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FamilyPlan> openPlanFor(UUID childId) {
		return plans.openOf(childId).flatMap(plan -> children.summary(childId).map(child -> inPlainWords(plan, child)));
	}

	private FamilyPlan inPlainWords(Plan plan, ChildSummary child) {
		PlanParts parts = plans.parts(plan.id());
		Optional<PractitionerSummary> lead = practitioners.find(plan.leadPractitionerId());
		Optional<Review> last = parts.latestReview();
		List<String> goingWell = new ArrayList<>();
		List<FamilyPlan.Change> toChange = new ArrayList<>();
		for (Outcome outcome : parts.outcomes()) {
			Review.Progress progress = last.map(r -> r.progressOn(outcome.id())).orElse(null);
			if (progress != null && progress.direction() == Review.Direction.BETTER) {
				goingWell.add("Getting better: " + outcome.difference());
			}
			toChange.add(outcome.kind() == Outcome.Kind.ITEM
					? new FamilyPlan.Change(outcome.itemTitle(), outcome.difference(), outcome.targetOn(),
							progress(progress))
					: new FamilyPlan.Change(outcome.difference(), null, outcome.targetOn(), progress(progress)));
		}
		last.map(Review::goingWell)
			.ifPresent(text -> text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(goingWell::add));
		List<FamilyPlan.Action> actions = parts.actions()
			.stream()
			.filter(action -> action.status() != PlanAction.Status.NOT_DONE)
			.map(action -> new FamilyPlan.Action(action.what(), who(parts, action), action.dueOn(),
					action.status() == PlanAction.Status.DONE))
			.toList();
		List<FamilyPlan.Member> team = parts.members()
			.stream()
			.map(m -> new FamilyPlan.Member(m.name(), m.family() ? "Family (" + m.role() + ")" : m.role() + ", " + m.agencyName()))
			.toList();
		String lastReview = last.map(review -> summary(review, parts.outcomes().size())).orElse("");
		return new FamilyPlan(plan.id(), child.id(), child.name(), lead.map(PractitionerSummary::name).orElse(""),
				lead.map(PractitionerSummary::agencyName).orElse(""), List.copyOf(goingWell), List.copyOf(toChange),
				actions, team, plan.nextReviewOn(), plan.meetingPlace(), lastReview, plan.startedOn());
	}

	private static String progress(Review.Progress progress) {
		if (progress == null) {
			return "We have not looked at this together yet";
		}
		return switch (progress.direction()) {
			case BETTER -> "Getting better";
			case SAME -> "No change yet";
			case WORSE -> "Harder than before";
		};
	}

	/** A job title and agency for a practitioner; how they are related for someone in the family. */
	private static String who(PlanParts parts, PlanAction action) {
		return parts.member(action.ownerMemberId())
			.map(m -> m.family() ? m.role() : m.role() + ", " + m.agencyName())
			.orElse("The team");
	}

	private static String summary(Review review, int outcomes) {
		long better = review.progress().values().stream().filter(p -> p.direction() == Review.Direction.BETTER).count();
		long same = review.progress().values().stream().filter(p -> p.direction() == Review.Direction.SAME).count();
		long worse = review.progress().values().stream().filter(p -> p.direction() == Review.Direction.WORSE).count();
		StringBuilder text = new StringBuilder("At the meeting on " + DAY.format(review.heldOn()) + " we looked at "
				+ outcomes + (outcomes == 1 ? " thing that needs" : " things that need") + " to change: ");
		List<String> parts = new ArrayList<>();
		if (better > 0) {
			parts.add(better + " getting better");
		}
		if (same > 0) {
			parts.add(same + " not changed yet");
		}
		if (worse > 0) {
			parts.add(worse + " harder than before");
		}
		text.append(parts.isEmpty() ? "no progress was recorded" : String.join(", ", parts)).append('.');
		return text.toString();
	}
}
