package org.seen.pathway.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.assessment.Assessed;
import org.seen.calendar.WorkingDays;
import org.seen.chronology.ChildPatterns;
import org.seen.pathway.ChildPathway;
import org.seen.pathway.EarlyHelpPlans;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.Levels;
import org.seen.pathway.SteppedDown;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's level of need: Seen's suggestion and why, the practitioner's decision and its
 * countersignature, and step-down from social care to early help. Every read and write passes
 * {@link ChildAccess}, which decides by involvement and writes the audit entry.
 */
@Service
class ChildLevels {

	static final String RECORD = "LEVEL_DECISION";

	private final ChildAccess access;

	private final RoleGate gate;

	private final ChildPathway pathway;

	private final LevelDecisions decisions;

	private final Consents consents;

	private final Referrals referrals;

	private final Transitions transitions;

	private final Levels levels;

	private final Assessed assessed;

	private final ChildPatterns patterns;

	private final ChildRecords children;

	private final ObjectProvider<EarlyHelpPlans> plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LevelSuggestion rules;

	ChildLevels(ChildAccess access, RoleGate gate, ChildPathway pathway, LevelDecisions decisions, Consents consents,
			Referrals referrals, Transitions transitions, Levels levels, Assessed assessed, ChildPatterns patterns,
			ChildRecords children, ObjectProvider<EarlyHelpPlans> plans, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.gate = gate;
		this.pathway = pathway;
		this.decisions = decisions;
		this.consents = consents;
		this.referrals = referrals;
		this.transitions = transitions;
		this.levels = levels;
		this.assessed = assessed;
		this.patterns = patterns;
		this.children = children;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
		this.rules = new LevelSuggestion(levels);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDays.ENGLAND));
	}

	Levels levels() {
		return levels;
	}

	/** Admits the actor to the child's pathway before a form is shown (404 for a child they may not see). */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChildSummary admit(Actor actor, UUID childId, String detail) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, detail);
		return child(childId);
	}

	ChildSummary child(UUID childId) {
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	/** Seen's suggestion for a child whose reader has been admitted. */
	LevelSuggestion.Suggestion suggest(UUID childId) {
		ChildSummary child = child(childId);
		return rules.suggest(assessed.latestCompleted(childId), patterns.openAlerts(childId),
				children.circumstances(childId), child.underOne(today()));
	}

	/** Everything on the child's pathway page. */
	record PathwayView(ChildSummary child, Optional<LevelDecision> current, LevelSuggestion.Suggestion suggestion,
			List<LevelDecision> history, List<Consent> consents, Optional<Consent> standingConsent,
			List<Referral> referrals, List<Transition> transitions, LocalDate today) {

		public Optional<Referral> openReferral() {
			return referrals.stream().filter(r -> !r.decided()).findFirst();
		}
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	PathwayView view(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "pathway");
		return pathwayOf(childId);
	}

	/** The pathway of a child whose reader has been admitted (the child's page panel). */
	PathwayView pathwayOf(UUID childId) {
		List<LevelDecision> history = decisions.ofChild(childId);
		List<Consent> all = consents.ofChild(childId);
		LocalDate today = today();
		return new PathwayView(child(childId), history.stream().findFirst(), suggest(childId), history, all,
				standingConsent(all, today), referrals.ofChild(childId), transitions.ofChild(childId), today);
	}

	static Optional<Consent> standingConsent(List<Consent> consents, LocalDate on) {
		return consents.stream().filter(c -> c.standsOn(on)).findFirst();
	}

	Optional<LevelOfNeed> currentLevel(UUID childId) {
		return pathway.currentLevel(childId);
	}

	/**
	 * Records the practitioner's decision. A level other than the suggestion needs a reason; the
	 * suggestion and its reasons at this moment are kept beside the decision.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	LevelDecision decide(Actor actor, UUID childId, String levelCode, String rationale, String differentReason) {
		UUID id = UUID.randomUUID();
		gate.require(actor, worksWithChildren(actor), WORK_WITH_CHILDREN, childId, AuditAction.CREATE, RECORD, id,
				levelCode);
		LevelSuggestion.Suggestion suggestion = suggest(childId);
		FormErrors errors = new FormErrors();
		Optional<LevelOfNeed> level = levelCode == null ? Optional.empty() : levels.find(levelCode);
		if (level.isEmpty()) {
			errors.reject("level", "Select the level of need");
		}
		String why = Text.trimmed(rationale);
		if (why == null) {
			errors.reject("rationale", "Enter the reasons for your decision");
		}
		else if (why.length() > 5000) {
			errors.reject("rationale", "The reasons must be 5000 characters or fewer");
		}
		String different = Text.trimmed(differentReason);
		if (level.isPresent() && !level.get().code().equals(suggestion.level().code())) {
			if (different == null) {
				errors.reject("differentReason", "Enter why you decided " + level.get().name()
						+ " rather than the suggested " + suggestion.level().name());
			}
			else if (different.length() > 5000) {
				errors.reject("differentReason", "The reason must be 5000 characters or fewer");
			}
		}
		else {
			// the same level as suggested needs no reason to differ; nothing typed there is kept
			different = null;
		}
		errors.inOrder("level", "rationale", "differentReason").throwIfAny();
		LevelDecision decision = new LevelDecision(id, childId, level.get().code(), suggestion.level().code(),
				suggestion.reasons(), why, different, actor.displayName(), actor.accountId(), actor.agencyId(),
				Instant.now(clock), null, null, null, null, 0);
		decisions.insert(decision);
		return decisions.find(id).orElseThrow();
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	LevelDecision read(Actor actor, UUID decisionId) {
		LevelDecision found = decisions.find(decisionId).orElseThrow(RecordNotFound::new);
		access.require(actor, found.childId(), AuditAction.VIEW, RECORD, decisionId, null);
		return found;
	}

	/** A manager's or DSL's countersignature on someone else's decision. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	LevelDecision countersign(Actor actor, UUID decisionId, Integer expectedVersion, String note) {
		LevelDecision current = decisions.find(decisionId).orElseThrow(RecordNotFound::new);
		gate.require(actor, actor.is(Role.MANAGER) || actor.is(Role.DSL),
				"Only a manager or designated safeguarding lead can countersign", current.childId(), AuditAction.CHANGE,
				RECORD, decisionId, "countersign");
		requireVersion(expectedVersion);
		if (current.countersigned()) {
			throw new InvalidInput("note", "This decision has already been countersigned by " + current.countersignedBy());
		}
		if (actor.accountId().equals(current.decidedByAccount())) {
			throw new InvalidInput("note", "Someone other than the person who decided the level must countersign");
		}
		String tidy = Text.trimmed(note);
		if (tidy != null && tidy.length() > 2000) {
			throw new InvalidInput("note", "Your comments must be 2000 characters or fewer");
		}
		decisions.countersign(decisionId, expectedVersion, actor.displayName(), actor.accountId(), Instant.now(clock),
				tidy);
		return decisions.find(decisionId).orElseThrow();
	}

	/**
	 * Steps a child down from children's social care to early help: only from the statutory level,
	 * by social care (a social worker, the front door or a manager), and only when an early-help
	 * plan is in place whose lead professional has accepted it. Records a new level decision and
	 * the transition.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	LevelDecision stepDown(Actor actor, UUID childId, String levelCode, String reason) {
		UUID id = UUID.randomUUID();
		gate.require(actor, mayStepDown(actor), "Only children's social care steps a child down", childId,
				AuditAction.CHANGE, "LEVEL_TRANSITION", id, "step-down");
		Optional<LevelOfNeed> from = pathway.currentLevel(childId);
		if (from.isEmpty() || !from.get().statutory()) {
			throw new InvalidInput("level", "Only a child at the statutory level can be stepped down to early help. "
					+ "The child's level is " + from.map(LevelOfNeed::name).orElse("not yet decided") + ".");
		}
		FormErrors errors = new FormErrors();
		Optional<LevelOfNeed> to = levelCode == null ? Optional.empty() : levels.find(levelCode).filter(LevelOfNeed::earlyHelp);
		if (to.isEmpty()) {
			errors.reject("level", "Select the early help level the child steps down to");
		}
		String why = Text.trimmed(reason);
		if (why == null) {
			errors.reject("reason", "Enter why the child is stepping down and what will sustain the change");
		}
		else if (why.length() > 5000) {
			errors.reject("reason", "The reason must be 5000 characters or fewer");
		}
		errors.throwIfAny();
		if (!hasAcceptedEarlyHelpPlan(childId)) {
			throw new InvalidInput("plan", "A step-down needs an early help plan whose lead professional has accepted it. "
					+ "Agree the plan and its lead professional first.");
		}
		LevelSuggestion.Suggestion suggestion = suggest(childId);
		Instant now = Instant.now(clock);
		decisions.insert(new LevelDecision(id, childId, to.get().code(), suggestion.level().code(), suggestion.reasons(),
				why, to.get().code().equals(suggestion.level().code()) ? null : "Step-down: " + why,
				actor.displayName(), actor.accountId(), actor.agencyId(), now, null, null, null, null, 0));
		transitions.insert(new Transition(UUID.randomUUID(), childId, Transition.Direction.STEP_DOWN,
				from.get().code(), to.get().code(), why, null, id, actor.displayName(), now), actor.accountId());
		events.publishEvent(new SteppedDown(childId, id, from.get().code(), to.get().code(), now));
		return decisions.find(id).orElseThrow();
	}

	boolean hasAcceptedEarlyHelpPlan(UUID childId) {
		// no plans module means no plan: a step-down is refused rather than let through unchecked
		return plans.orderedStream().anyMatch(p -> p.hasAcceptedEarlyHelpPlan(childId));
	}

	static boolean mayStepDown(Actor actor) {
		return actor.is(Role.SOCIAL_WORKER) || actor.is(Role.FRONT_DOOR) || actor.is(Role.MANAGER);
	}

	static final String WORK_WITH_CHILDREN = "Decisions about a child are made by people who work with children";

	static boolean worksWithChildren(Actor actor) {
		return actor.practitioner() != null && actor.role().isCasework();
	}

	/**
	 * A change names the version it was made to, so that a stale change is refused rather than
	 * silently overwriting someone else's.
	 */
	static final String NO_VERSION = "Give the version of the record you are changing, as you last read it";

	static void requireVersion(Integer expectedVersion) {
		if (expectedVersion == null) {
			throw new InvalidInput("version", NO_VERSION);
		}
	}
}
