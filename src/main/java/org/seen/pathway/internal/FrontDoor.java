package org.seen.pathway.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.agencies.InvolvementKind;
import org.seen.agencies.Involvements;
import org.seen.agencies.Practitioners;
import org.seen.assessment.Assessed;
import org.seen.assessment.LatestAssessment;
import org.seen.calendar.WorkingDays;
import org.seen.chronology.ChildPatterns;
import org.seen.notifications.Notice;
import org.seen.pathway.ConsentRule;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.Levels;
import org.seen.pathway.ReferralDecided;
import org.seen.pathway.ReferralDecision;
import org.seen.pathway.ReferralMade;
import org.seen.pathway.SteppedUp;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for service to the front door (children's social care) and its decisions. A referral
 * carries a snapshot of what the referrer saw; it involves the front door's agency so that the
 * front door can see the child; the decision goes back to the referrer as a notice.
 */
@Service
class FrontDoor {

	static final String RECORD = "REFERRAL";

	static final int RECENT_ENTRIES = 10;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final RoleGate gate;

	private final Referrals referrals;

	private final Transitions transitions;

	private final ChildLevels levels;

	private final ChildConsents consents;

	private final Assessed assessed;

	private final ChildPatterns patterns;

	private final Involvements involvements;

	private final Practitioners practitioners;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String agencyCode;

	private final int overdueAfterHours;

	FrontDoor(ChildAccess access, AuditTrail audit, RoleGate gate, Referrals referrals, Transitions transitions, ChildLevels levels,
			ChildConsents consents, Assessed assessed, ChildPatterns patterns, Involvements involvements,
			Practitioners practitioners, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
			@Value("${seen.pathway.front-door.agency:}") String agencyCode,
			@Value("${seen.pathway.front-door.overdue-after-working-hours:24}") int overdueAfterHours) {
		this.access = access;
		this.audit = audit;
		this.gate = gate;
		this.referrals = referrals;
		this.transitions = transitions;
		this.levels = levels;
		this.consents = consents;
		this.assessed = assessed;
		this.patterns = patterns;
		this.involvements = involvements;
		this.practitioners = practitioners;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
		this.agencyCode = agencyCode;
		this.overdueAfterHours = overdueAfterHours;
	}

	/**
	 * The front door's agency: the one configured by code, or else the first agency of kind
	 * children's social care.
	 */
	UUID agency() {
		return practitioners.agencies()
			.stream()
			.filter(a -> agencyCode.isBlank() ? "CHILDRENS_SOCIAL_CARE".equals(a.kind()) : agencyCode.equals(a.code()))
			.findFirst()
			.map(Practitioners.AgencySummary::id)
			.orElseThrow(() -> new IllegalStateException("No front door: add an agency of kind CHILDRENS_SOCIAL_CARE "
					+ "or set seen.pathway.front-door.agency to its code"));
	}

	/** What a referral made now would carry; the reader has been admitted. */
	Attachments attachments(UUID childId) {
		String level = levels.currentLevel(childId).map(LevelOfNeed::name).orElse("Not yet decided");
		Attachments.Assessment assessment = assessed.latestCompleted(childId).map(FrontDoor::attached).orElse(null);
		List<Attachments.Alert> alerts = patterns.openAlerts(childId)
			.stream()
			.map(a -> new Attachments.Alert(a.code().label(), a.reason(), a.raisedAt()))
			.toList();
		ChildPatterns.Counts counts = patterns.counts(childId);
		List<Attachments.Entry> recent = patterns.recentEntries(childId, RECENT_ENTRIES)
			.stream()
			.map(e -> new Attachments.Entry(e.occurredOn(), e.type().label(), e.summary(), e.significance(), e.agency()))
			.toList();
		String consent = consents.standing(childId)
			.map(c -> "Given by " + c.givenBy() + " on " + c.givenOn() + " for: " + c.purpose())
			.orElse(null);
		return new Attachments(level, assessment, alerts,
				new Attachments.Chronology(counts.entries(), counts.highSignificance(), counts.agencies(), recent), consent);
	}

	private static Attachments.Assessment attached(LatestAssessment a) {
		return new Attachments.Assessment(a.toolTitle(), a.assessedOn(), a.items().size(), a.highestGrade(),
				a.items()
					.stream()
					.filter(LatestAssessment.GradedItem::need)
					.map(i -> new Attachments.Need(i.title(), i.areaTitle(), i.grade()))
					.toList());
	}

	/** What the referral form holds. */
	record Request(String requestedLevel, boolean stepUp, String reason, String familyKnows,
			String withoutConsentReason, LawfulBasis withoutConsentLawfulBasis) {
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	Referral refer(Actor actor, UUID childId, Request request) {
		UUID id = UUID.randomUUID();
		gate.require(actor, ChildLevels.worksWithChildren(actor), ChildLevels.WORK_WITH_CHILDREN, childId,
				AuditAction.CREATE, RECORD, id, request.stepUp() ? "step-up" : null);
		FormErrors errors = new FormErrors();
		Levels all = levels.levels();
		Optional<LevelOfNeed> level = Optional.ofNullable(request.requestedLevel())
			.flatMap(all::find)
			.filter(l -> l.rank() > all.lowest().rank());
		if (level.isEmpty()) {
			errors.reject("requestedLevel", "Select the level of need you are referring at");
		}
		String reason = Text.trimmed(request.reason());
		if (reason == null) {
			errors.reject("reason", "Enter why you are referring the child: what you are worried about");
		}
		else if (reason.length() > 5000) {
			errors.reject("reason", "The reason must be 5000 characters or fewer");
		}
		String familyKnows = Text.trimmed(request.familyKnows());
		if (familyKnows == null) {
			errors.reject("familyKnows", "Enter what the family knows about this referral");
		}
		else if (familyKnows.length() > 2000) {
			errors.reject("familyKnows", "What the family knows must be 2000 characters or fewer");
		}
		Optional<Consent> consent = consents.standing(childId);
		String withoutReason = consent.isPresent() ? null : Text.trimmed(request.withoutConsentReason());
		LawfulBasis withoutBasis = consent.isPresent() ? null : request.withoutConsentLawfulBasis();
		level.ifPresent(l -> ConsentRule.check(l, consent.isPresent(), withoutReason, withoutBasis)
			.problems()
			.forEach(p -> errors.reject(p.field(), p.message())));
		errors.inOrder("requestedLevel", "reason", "familyKnows", "consent", "withoutConsentReason",
				"withoutConsentLawfulBasis").throwIfAny();

		Optional<LevelOfNeed> from = levels.currentLevel(childId);
		// a step-up is a referral from early help; from anywhere else it is an ordinary referral
		boolean stepUp = request.stepUp() && from.map(LevelOfNeed::earlyHelp).orElse(false);
		Instant now = Instant.now(clock);
		UUID agency = agency();
		referrals.insert(new Referral(id, childId, agency, level.get().code(), stepUp, from.map(LevelOfNeed::code).orElse(null),
				reason, familyKnows, consent.map(Consent::id).orElse(null), withoutReason, withoutBasis,
				attachments(childId), actor.displayName(), actor.accountId(), actor.practitionerId(), actor.agencyId(), now,
				null, null, null, null, null, null, 0));
		involvements.involveAgency(childId, agency, InvolvementKind.REFERRED);
		if (stepUp) {
			transitions.insert(new Transition(UUID.randomUUID(), childId, Transition.Direction.STEP_UP,
					from.get().code(), level.get().code(), reason, id, null, actor.displayName(), now), actor.accountId());
			events.publishEvent(new SteppedUp(childId, id, from.get().code(), level.get().code(), now));
		}
		events.publishEvent(new ReferralMade(id, childId, agency, stepUp, now));
		return referrals.find(id).orElseThrow();
	}

	/** One referral; when its referrer reads a decision, it leaves their worklist. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	Referral read(Actor actor, UUID referralId) {
		Referral found = referrals.find(referralId).orElseThrow(RecordNotFound::new);
		access.require(actor, found.childId(), AuditAction.VIEW, RECORD, referralId, null);
		if (found.decided() && found.decisionReadAt() == null && actor.accountId().equals(found.referredByAccount())) {
			referrals.decisionRead(referralId, Instant.now(clock));
		}
		return found;
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	List<Referral> ofChild(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "list");
		return referrals.ofChild(childId);
	}

	/** The front door's queue, oldest first; viewing it is audited. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	List<Referrals.Waiting> queue(Actor actor) {
		if (!actor.is(Role.FRONT_DOOR) && !actor.is(Role.MANAGER)) {
			audit.record(actor, AuditAction.DENIED, "FRONT_DOOR_QUEUE", null, null, AuditAction.VIEW.name());
			throw new AccessDeniedException("Only the front door and managers read the front door's queue");
		}
		List<Referrals.Waiting> waiting = actor.agencyId() == null ? List.of()
				: referrals.waiting(actor.agencyId(), access.visibleTo(actor), 500);
		audit.record(actor, AuditAction.VIEW, "FRONT_DOOR_QUEUE", null, null, waiting.size() + " referrals");
		return waiting;
	}

	/** Time waiting, counted in the partnership's working hours. */
	Duration waiting(Referral referral) {
		return workingDays.workingTimeBetween(referral.referredAt(),
				referral.decided() ? referral.decidedAt() : Instant.now(clock));
	}

	boolean overdue(Referral referral) {
		return !referral.decided() && waiting(referral).toHours() >= overdueAfterHours;
	}

	int overdueAfterHours() {
		return overdueAfterHours;
	}

	/** "6 working hours", "less than 1 working hour". */
	static String inWorkingHours(Duration duration) {
		long hours = duration.toHours();
		return hours < 1 ? "less than 1 working hour" : hours == 1 ? "1 working hour" : hours + " working hours";
	}

	/** Whether the actor may decide referrals to the given agency: its front door or a manager of it. */
	static boolean decides(Actor actor, UUID agencyId) {
		return (actor.is(Role.FRONT_DOOR) || actor.is(Role.MANAGER)) && agencyId.equals(actor.agencyId());
	}

	static final String ONLY_THE_FRONT_DOOR = "Only the front door the child was referred to decides";

	/** Admits the front door to a referral it is to decide. */
	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class })
	Referral toDecide(Actor actor, UUID referralId) {
		Referral found = referrals.find(referralId).orElseThrow(RecordNotFound::new);
		gate.require(actor, decides(actor, found.toAgencyId()), ONLY_THE_FRONT_DOOR, found.childId(), AuditAction.VIEW,
				RECORD, referralId, "decision form");
		return found;
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	Referral decide(Actor actor, UUID referralId, Integer expectedVersion, ReferralDecision decision, String rationale) {
		Referral current = referrals.find(referralId).orElseThrow(RecordNotFound::new);
		gate.require(actor, decides(actor, current.toAgencyId()), ONLY_THE_FRONT_DOOR, current.childId(),
				AuditAction.CHANGE, RECORD, referralId, decision == null ? "decision" : decision.name());
		if (current.decided()) {
			throw new InvalidInput("decision", "This referral was already decided (" + current.decision().label()
					+ ") by " + current.decidedBy() + ". A decision is not changed: record a new referral if need be.");
		}
		FormErrors errors = new FormErrors();
		if (decision == null) {
			errors.reject("decision", "Select the decision");
		}
		String why = Text.trimmed(rationale);
		if (why == null) {
			errors.reject("rationale", "Enter the reasons for the decision");
		}
		else if (why.length() > 5000) {
			errors.reject("rationale", "The reasons must be 5000 characters or fewer");
		}
		if (expectedVersion == null) {
			errors.reject("version", ChildLevels.NO_VERSION);
		}
		errors.throwIfAny();
		Instant now = Instant.now(clock);
		referrals.decide(referralId, expectedVersion, decision, why, actor.displayName(), actor.accountId(), now);
		events.publishEvent(new ReferralDecided(referralId, current.childId(), decision, current.stepUp(),
				current.referredAt(), now));
		if (current.referredByPractitioner() != null) {
			// no personal data in a notice: it says what happened and links to the record behind its checks
			events.publishEvent(new Notice(Set.of(current.referredByPractitioner()), "A referral you made has a decision",
					"The front door has recorded its decision on a referral you made. Sign in to Seen to read it.",
					"/referrals/" + referralId, current.childId()));
		}
		return referrals.find(referralId).orElseThrow();
	}

	LocalDate today() {
		return levels.today();
	}
}
