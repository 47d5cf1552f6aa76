package org.seen.family.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.RecordNotFound;
import org.seen.agencies.Involvements;
import org.seen.family.FamilyPlan;
import org.seen.family.FamilyPlanSource;
import org.seen.notifications.Notice;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's own gate, as {@link org.seen.access.ChildAccess} is the practitioners': a signed-in
 * family member reaches a child only if they are still invited and were invited for that child.
 * Any other child, whether it exists or not, is "not found" and the attempt is audited as DENIED;
 * every read and every piece of feedback is audited with the family member's reference.
 */
@Service
class FamilyGate {

	static final String PLAN = "FAMILY_PLAN";

	static final String FEEDBACK = "FAMILY_FEEDBACK";

	private final FamilyMembers members;

	private final InvitedChildren invited;

	private final AuditTrail audit;

	private final ChildRecords children;

	private final ObjectProvider<FamilyPlanSource> plans;

	private final Involvements involvements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FamilyGate(FamilyMembers members, InvitedChildren invited, AuditTrail audit, ChildRecords children, ObjectProvider<FamilyPlanSource> plans,
			Involvements involvements, ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.invited = invited;
		this.audit = audit;
		this.children = children;
		this.plans = plans;
		this.involvements = involvements;
		this.events = events;
		this.clock = clock;
	}

	/** The children whose plans the family member may see, youngest last; each listing audited. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	List<ChildSummary> children(FamilyPrincipal family) {
		if (!members.isCurrent(family.memberId())) {
			throw new RecordNotFound();
		}
		List<ChildSummary> found = new ArrayList<>(children.summaries(invited.of(family.memberId())).values());
		found.sort(Comparator.comparing(ChildSummary::givenName));
		found.forEach(child -> audit.recordFamily(family.reference(), AuditAction.VIEW, "FAMILY_CHILDREN", null,
				child.id(), null));
		return found;
	}

	/** The child, if the family member may see them; otherwise audited as DENIED and not found. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChildSummary require(FamilyPrincipal family, UUID childId, AuditAction action, String recordType) {
		if (!invited.mayView(family.memberId(), childId)) {
			audit.recordFamily(family.reference(), AuditAction.DENIED, recordType, null, childId, action.name());
			throw new RecordNotFound();
		}
		audit.recordFamily(family.reference(), action, recordType, null, childId, null);
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	/** The child and their open plan in the family's words; the plan is null when there is none yet. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	PlanView plan(FamilyPrincipal family, UUID childId) {
		ChildSummary child = require(family, childId, AuditAction.VIEW, PLAN);
		FamilyPlanSource source = plans.getIfUnique();
		Optional<FamilyPlan> plan = source == null ? Optional.empty()
				: source.openPlanFor(childId).filter(p -> childId.equals(p.childId()));
		return new PlanView(child, plan.orElse(null));
	}

	public record PlanView(ChildSummary child, FamilyPlan plan) {
	}

	/** Checks the family member may give feedback on this child's plan, without reading it. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChildSummary admitFeedback(FamilyPrincipal family, UUID childId) {
		return require(family, childId, AuditAction.VIEW, FEEDBACK);
	}

	/**
	 * Stores the feedback and tells the lead professional (or, with none, whoever invited the family
	 * member) that there is some, without saying what or whose.
	 */
	@Transactional(noRollbackFor = RecordNotFound.class)
	void feedback(FamilyPrincipal family, UUID childId, Feedback feedback) {
		require(family, childId, AuditAction.CREATE, FEEDBACK);
		invited.addFeedback(family.memberId(), childId, feedback, Instant.now(clock));
		Set<UUID> tell = new HashSet<>();
		involvements.leadProfessional(childId).ifPresent(tell::add);
		if (tell.isEmpty()) {
			members.find(family.memberId()).map(FamilyMember::invitedBy).ifPresent(tell::add);
		}
		events.publishEvent(new Notice(tell, "A family has left feedback on their plan",
				"A family member has said what they think of the help they are getting. Open the child's page to read it.",
				"/children/" + childId, childId));
	}
}
