package org.seen.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.seen.agencies.PractitionerDirectory;
import org.seen.agencies.PractitionerSummary;
import org.seen.agencies.Practitioners;
import org.seen.assessment.Assessed;
import org.seen.assessment.LatestAssessment;
import org.seen.notifications.Notice;
import org.seen.pathway.ChildPathway;
import org.seen.pathway.ConsentRule;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.Levels;
import org.seen.people.AdultSummary;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.plans.PlanClosed;
import org.seen.plans.PlanStarted;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team Around the Family plans. Every read and write passes {@link ChildAccess}, which decides by
 * involvement and writes the audit entry. Every check is made before anything is written, so a
 * refused change stores nothing.
 */
@Service
class ChildPlans {

	static final String RECORD = "PLAN";

	static final String STALE = "Someone else changed this plan while you were working on it. "
			+ "Check what it says now and make your change again.";

	static final String ONLY_CLOSERS = "Only the lead professional, a manager or a designated safeguarding lead "
			+ "can close the plan";

	static final String ONLY_INVOLVED = "Only people working with the child can start a plan or change who is in "
			+ "its team. Emergency access lets you read and record, not join the team around the child.";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final ChildAccess access;

	private final Plans plans;

	private final DriftFindings drift;

	private final ChildRecords children;

	private final ChildPathway pathway;

	private final Assessed assessed;

	private final Involvements involvements;

	private final PractitionerDirectory directory;

	private final Practitioners practitioners;

	private final ApplicationEventPublisher events;

	private final PlanSettings settings;

	private final Levels levels;

	private final Clock clock;

	private final AuditTrail audit;

	ChildPlans(ChildAccess access, Plans plans, DriftFindings drift, ChildRecords children, ChildPathway pathway,
			Assessed assessed, Involvements involvements, PractitionerDirectory directory, Practitioners practitioners,
			ApplicationEventPublisher events, PlanSettings settings, Levels levels, Clock clock, AuditTrail audit) {
		this.access = access;
		this.audit = audit;
		this.plans = plans;
		this.drift = drift;
		this.children = children;
		this.pathway = pathway;
		this.assessed = assessed;
		this.involvements = involvements;
		this.directory = directory;
		this.practitioners = practitioners;
		this.events = events;
		this.settings = settings;
		this.levels = levels;
		this.clock = clock;
	}

	LocalDate today() {
		return drift.today();
	}

	PlanSettings settings() {
		return settings;
	}

	/** Admits the actor to the child's plans before a form is shown (404 for a child they may not see). */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChildSummary admit(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "form");
		return child(childId);
	}

	ChildSummary child(UUID childId) {
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	/**
	 * Whether the actor works with the child: only they may start a plan or add to its team, as both
	 * make people involved for good. Someone here by breaking glass may see the record but is not
	 * involved (see {@link ChildAccess#isInvolved}).
	 */
	boolean worksWithChild(Actor actor, UUID childId) {
		return actor.practitioner() != null && !actor.is(Role.AGENCY_SYSTEM) && access.isInvolved(actor, childId);
	}

	/**
	 * Refuses, before anything is admitted or written, someone who does not work with the child: a
	 * child they may not see at all is not found; one they see only by breaking glass is forbidden.
	 * Either way the attempt is audited as DENIED.
	 */
	private void mustWorkWithChild(Actor actor, UUID childId, UUID recordId, String what) {
		if (worksWithChild(actor, childId)) {
			return;
		}
		if (!access.canSee(actor, childId)) {
			access.require(actor, childId, AuditAction.CHANGE, RECORD, recordId, what);
		}
		audit.record(actor, AuditAction.DENIED, RECORD, recordId, childId, what + ": not working with the child");
		throw new AccessDeniedException(ONLY_INVOLVED);
	}

	/** What starting a plan depends on: the level decided, and whether consent stands today. */
	public record Readiness(Optional<LevelOfNeed> level, boolean consent, Optional<Plan> open) {

		public boolean needsReasonWithoutConsent() {
			return level.isPresent() && level.get().statutory() && !consent;
		}
	}

	Readiness readiness(UUID childId) {
		return new Readiness(pathway.currentLevel(childId), pathway.hasEarlyHelpConsent(childId, today()),
				plans.openOf(childId));
	}

	/** The early-help levels a statutory child's plan may prepare a step-down to. */
	List<LevelOfNeed> earlyHelpLevels() {
		return levels.levels().stream().filter(LevelOfNeed::earlyHelp).toList();
	}

	/** Practitioners who can lead or join a plan. */
	List<PractitionerSummary> people() {
		return directory.people();
	}

	List<AdultSummary> adults(UUID childId) {
		return children.adults(childId);
	}

	Optional<LatestAssessment> latestAssessment(UUID childId) {
		return assessed.latestCompleted(childId);
	}

	/**
	 * Starts the child's plan at the level last decided. Early help needs the family's consent
	 * today; a statutory plan may start without it only for a recorded reason.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	PlanView start(Actor actor, UUID childId, Entries.Start entry) {
		if (actor.practitioner() == null || actor.is(Role.AGENCY_SYSTEM)) {
			// a plan is agreed with a family by people who work with them
			throw new RecordNotFound();
		}
		UUID id = UUID.randomUUID();
		mustWorkWithChild(actor, childId, id, "start a plan");
		access.require(actor, childId, AuditAction.CREATE, RECORD, id, null);
		Readiness ready = readiness(childId);
		FormErrors errors = new FormErrors();
		if (ready.open().isPresent()) {
			throw new InvalidInput("plan", "The child already has an open plan. Close it before starting another");
		}
		if (ready.level().isEmpty()) {
			throw new InvalidInput("level", "Decide the level of need first");
		}
		LevelOfNeed level = ready.level().get();
		String stepDownTo = Entries.trimmed(entry.stepDownTo());
		if (stepDownTo != null) {
			// social care steps a child down only once an early-help plan is in place and its lead has
			// accepted, so that plan is agreed while the child is still at the statutory level
			LevelOfNeed target = levels.find(stepDownTo).filter(LevelOfNeed::earlyHelp).orElse(null);
			if (!level.statutory() || target == null) {
				throw new InvalidInput("stepDownTo",
						"A plan to step down to early help is for a child at a statutory level: select an early-help level");
			}
			level = target;
		}
		if (level.kind() == LevelOfNeed.Kind.UNIVERSAL) {
			throw new InvalidInput("level", "The child's level of need is " + level.name()
					+ ". A Team Around the Family plan is for early help and above: decide the level again if needs have grown");
		}
		// with consent standing, nothing is recorded about going ahead without it
		String reason = ready.consent() ? null : Entries.trimmed(entry.withoutConsentReason());
		LawfulBasis basis = ready.consent() ? null : entry.withoutConsentLawfulBasis();
		FormErrors consent = ConsentRule.check(level, ready.consent(), reason, basis);
		if (consent.has("consent")) {
			// early help without consent: there is no form to correct, the family's consent comes first
			throw new InvalidInput("consent", consent.get("consent"));
		}
		consent.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		PractitionerSummary lead = entry.lead() == null ? null
				: people().stream().filter(p -> p.id().equals(entry.lead())).findFirst().orElse(null);
		if (lead == null) {
			errors.reject("lead", "Select the lead professional");
		}
		String place = Entries.trimmed(entry.meetingPlace());
		if (place != null && place.length() > 200) {
			errors.reject("meetingPlace", "Where the team meets must be 200 characters or fewer");
		}
		LocalDate firstReview = entry.firstReviewOn() != null ? entry.firstReviewOn()
				: today().plusWeeks(settings.reviewIntervalWeeks());
		if (!firstReview.isAfter(today())) {
			errors.reject("firstReviewOn", "The first review must be in the future");
		}
		errors.inOrder("lead", "meetingPlace", "firstReviewOn", "withoutConsentReason", "withoutConsentLawfulBasis")
			.throwIfAny();
		Instant now = Instant.now(clock);
		Plan plan = new Plan(id, childId, level.code(), level.kind(), ready.consent(), reason, basis, lead.id(), null,
				place,
				today(), actor.displayName(), firstReview, null, null, null, null, 0);
		plans.insert(plan, actor.accountId(), now);
		plans.addPractitioner(id, lead.id(), now);
		// the nominated lead joins the team now, so they can see the child and accept the lead
		involvements.involve(childId, lead, InvolvementKind.INVOLVED);
		if (!lead.id().equals(actor.practitionerId())) {
			plans.addPractitioner(id, actor.practitionerId(), now);
			involvements.involve(childId, actor.practitioner(), InvolvementKind.INVOLVED);
			events.publishEvent(new Notice(Set.of(lead.id()), "You have been asked to lead a plan",
					"You have been asked to be the lead professional for a Team Around the Family plan. "
							+ "Open the plan to accept the lead.", "/plans/" + id, childId));
		}
		events.publishEvent(new PlanStarted(id, childId, level.code(), ready.consent(), today()));
		return view(plans.find(id).orElseThrow());
	}

	/** One plan, with its drift brought up to date: viewing a plan runs the drift checks. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	PlanView read(Actor actor, UUID planId) {
		Plan plan = plans.find(planId).orElseThrow(RecordNotFound::new);
		access.require(actor, plan.childId(), AuditAction.VIEW, RECORD, planId, null);
		return view(plan);
	}

	/** The child's plans, newest first. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	List<Plan> ofChild(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "list");
		return plans.ofChild(childId);
	}

	/** The child's open plan for a page that has already admitted the actor (the child's page). */
	@Transactional
	Optional<PlanView> openPlanOf(UUID childId) {
		return plans.openOf(childId).map(this::view);
	}

	PlanView view(Plan plan) {
		PlanParts parts = plans.parts(plan.id());
		List<Finding> findings = plan.open() ? drift.refresh(plan, parts) : List.of();
		String levelName = levels.find(plan.levelCode()).map(LevelOfNeed::name).orElse(plan.levelCode());
		PractitionerSummary lead = practitioners.find(plan.leadPractitionerId()).orElseThrow();
		return new PlanView(plan, child(plan.childId()), levelName, lead, parts, findings, today());
	}


	/** Admits the actor to change the plan, which must still be open. */
	private Plan changing(Actor actor, UUID planId, String what) {
		Plan plan = plans.find(planId).orElseThrow(RecordNotFound::new);
		if (actor.practitioner() == null || actor.is(Role.AGENCY_SYSTEM)) {
			throw new RecordNotFound();
		}
		access.require(actor, plan.childId(), AuditAction.CHANGE, RECORD, planId, what);
		if (!plan.open()) {
			throw new InvalidInput("plan", "The plan was closed on " + DAY.format(plan.closedOn()) + " and cannot be changed");
		}
		return plan;
	}

	/** The nominated lead accepts: they become the child's lead professional. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView acceptLead(Actor actor, UUID planId, int expectedVersion) {
		Plan plan = changing(actor, planId, "accept the lead");
		if (!plan.leadPractitionerId().equals(actor.practitionerId())) {
			throw new InvalidInput("lead", "Only the practitioner asked to lead the plan can accept the lead");
		}
		if (plan.leadAccepted()) {
			throw new InvalidInput("lead", "You have already accepted the lead");
		}
		plans.acceptLead(planId, expectedVersion, Instant.now(clock));
		involvements.involve(plan.childId(), actor.practitioner(), InvolvementKind.LEAD_PROFESSIONAL);
		return view(plans.find(planId).orElseThrow());
	}

	/**
	 * Adds a practitioner to the team, who becomes involved with the child; only someone who works
	 * with the child may.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	PlanView addMember(Actor actor, UUID planId, UUID practitionerId) {
		Plan found = plans.find(planId).orElseThrow(RecordNotFound::new);
		if (actor.practitioner() == null || actor.is(Role.AGENCY_SYSTEM)) {
			throw new RecordNotFound();
		}
		mustWorkWithChild(actor, found.childId(), planId, "add a member");
		Plan plan = changing(actor, planId, "add a member");
		PractitionerSummary member = practitionerId == null ? null
				: people().stream().filter(p -> p.id().equals(practitionerId)).findFirst().orElse(null);
		if (member == null) {
			throw new InvalidInput("practitioner", "Select a practitioner to add to the team");
		}
		if (!plans.addPractitioner(planId, member.id(), Instant.now(clock))) {
			throw new InvalidInput("practitioner", member.name() + " is already in the team");
		}
		involvements.involve(plan.childId(), member, InvolvementKind.INVOLVED);
		return view(plans.find(planId).orElseThrow());
	}

	/**
	 * Adds a family member: an adult recorded in the child's life (fathers and male carers
	 * included), or someone named with how they are related.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView addFamily(Actor actor, UUID planId, UUID adultId, String name, String relationship) {
		Plan plan = changing(actor, planId, "add a family member");
		Instant now = Instant.now(clock);
		if (adultId != null) {
			AdultSummary adult = adults(plan.childId()).stream()
				.filter(a -> a.id().equals(adultId))
				.findFirst()
				.orElseThrow(() -> new InvalidInput("adult", "Select an adult recorded in the child's life"));
			if (!plans.addFamily(planId, adult.id(), adult.name(), adult.relationship().label(), now)) {
				throw new InvalidInput("adult", adult.name() + " is already in the team");
			}
		}
		else {
			FormErrors errors = new FormErrors();
			String typed = Entries.trimmed(name);
			String related = Entries.trimmed(relationship);
			if (typed == null) {
				errors.reject("name", "Select an adult, or enter the family member's name");
			}
			else if (typed.length() > 200) {
				errors.reject("name", "Name must be 200 characters or fewer");
			}
			if (typed != null && related == null) {
				errors.reject("relationship", "Enter how they are related to the child, for example aunt");
			}
			else if (related != null && related.length() > 100) {
				errors.reject("relationship", "Relationship must be 100 characters or fewer");
			}
			errors.throwIfAny();
			plans.addFamily(planId, null, typed, related, now);
		}
		return view(plans.find(planId).orElseThrow());
	}

	/** Adds a SMART outcome tied to an item of the latest completed assessment or to what the child said. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView addOutcome(Actor actor, UUID planId, Entries.NewOutcome entry) {
		Plan plan = changing(actor, planId, "add an outcome");
		FormErrors errors = new FormErrors();
		Outcome.Kind kind = "ITEM".equals(entry.kind()) ? Outcome.Kind.ITEM
				: "CHILD_VOICE".equals(entry.kind()) ? Outcome.Kind.CHILD_VOICE : null;
		Outcome outcome = null;
		String difference = Entries.trimmed(entry.difference());
		checkDifference(difference, errors);
		checkTargetDate(entry.targetOn(), errors);
		if (kind == null) {
			errors.reject("kind", "Select what the outcome is tied to: an assessed area or what the child said");
		}
		else if (kind == Outcome.Kind.ITEM) {
			Optional<LatestAssessment> latest = assessed.latestCompleted(plan.childId());
			Optional<LatestAssessment.GradedItem> item = latest
				.flatMap(a -> entry.itemId() == null ? Optional.empty() : a.item(entry.itemId()));
			if (latest.isEmpty()) {
				errors.reject("itemId", "The child has no completed assessment. Tie the outcome to what the child said, or complete an assessment first");
			}
			else if (item.isEmpty()) {
				errors.reject("itemId", "Select the assessed area the outcome will change");
			}
			else if (item.get().grade() <= 1) {
				errors.reject("itemId", item.get().title() + " was graded 1: the child's needs are met there already");
			}
			else {
				checkTarget(entry.targetGrade(), item.get().grade(), errors);
			}
			if (!errors.any()) {
				outcome = new Outcome(UUID.randomUUID(), kind, latest.get().id(), item.get().itemId(), item.get().title(),
						null, difference, item.get().grade(), entry.targetGrade(), entry.targetOn(), 0, Instant.now(clock));
			}
		}
		else {
			String said = Entries.trimmed(entry.childSaid());
			if (said == null) {
				errors.reject("childSaid", "Enter what the child said, in their words");
			}
			else if (said.length() > 2000) {
				errors.reject("childSaid", "What the child said must be 2000 characters or fewer");
			}
			if (!errors.any()) {
				outcome = new Outcome(UUID.randomUUID(), kind, null, null, null, said, difference, null, null,
						entry.targetOn(), 0, Instant.now(clock));
			}
		}
		errors.inOrder("kind", "itemId", "childSaid", "difference", "targetGrade", "targetOn").throwIfAny();
		plans.insertOutcome(planId, outcome);
		return view(plans.find(planId).orElseThrow());
	}

	/** Changes what will be different, the target and its date; the baseline never changes. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView changeOutcome(Actor actor, UUID planId, UUID outcomeId, int expectedVersion, Entries.NewOutcome entry) {
		Plan plan = changing(actor, planId, "change outcome " + outcomeId);
		Outcome current = plans.outcomes(plan.id())
			.stream()
			.filter(o -> o.id().equals(outcomeId))
			.findFirst()
			.orElseThrow(RecordNotFound::new);
		FormErrors errors = new FormErrors();
		String difference = Entries.trimmed(entry.difference());
		String said = current.kind() == Outcome.Kind.CHILD_VOICE ? Entries.trimmed(entry.childSaid()) : null;
		if (current.kind() == Outcome.Kind.CHILD_VOICE && said == null) {
			errors.reject("childSaid", "Enter what the child said, in their words");
		}
		checkDifference(difference, errors);
		if (current.graded()) {
			checkTarget(entry.targetGrade(), current.baselineGrade(), errors);
		}
		checkTargetDate(entry.targetOn(), errors);
		errors.inOrder("childSaid", "difference", "targetGrade", "targetOn").throwIfAny();
		plans.changeOutcome(planId, outcomeId, expectedVersion, difference,
				current.graded() ? entry.targetGrade() : null, entry.targetOn(), said);
		return view(plans.find(planId).orElseThrow());
	}

	private static void checkDifference(String difference, FormErrors errors) {
		if (difference == null) {
			errors.reject("difference", "Enter what will be different for the child, in plain words");
		}
		else if (difference.length() > 1000) {
			errors.reject("difference", "What will be different must be 1000 characters or fewer");
		}
	}

	private static void checkTarget(Integer target, int baseline, FormErrors errors) {
		if (target == null || target < 1 || target > 5) {
			errors.reject("targetGrade", "Select the target grade, from 1 to 5");
		}
		else if (target >= baseline) {
			errors.reject("targetGrade", "The target grade must be better (lower) than the grade at the assessment, " + baseline);
		}
	}

	private void checkTargetDate(LocalDate targetOn, FormErrors errors) {
		if (targetOn == null) {
			errors.reject("targetOn", "Enter the date by which it will be achieved");
		}
		else if (!targetOn.isAfter(today())) {
			errors.reject("targetOn", "The target date must be in the future");
		}
		else if (targetOn.isAfter(today().plusYears(2))) {
			errors.reject("targetOn", "The target date must be within two years");
		}
	}

	/** Adds an action owned by a member of the team or of the family. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView addAction(Actor actor, UUID planId, Entries.NewAction entry) {
		Plan plan = changing(actor, planId, "add an action");
		PlanParts parts = plans.parts(plan.id());
		FormErrors errors = new FormErrors();
		String what = Entries.trimmed(entry.what());
		if (what == null) {
			errors.reject("what", "Enter what will be done");
		}
		else if (what.length() > 1000) {
			errors.reject("what", "What will be done must be 1000 characters or fewer");
		}
		if (entry.owner() == null || parts.member(entry.owner()).isEmpty()) {
			errors.reject("owner", "Select who will do it, from the team or the family");
		}
		if (entry.dueOn() == null) {
			errors.reject("dueOn", "Enter the date it is due");
		}
		else if (entry.dueOn().isBefore(today())) {
			errors.reject("dueOn", "The due date must be today or in the future");
		}
		if (entry.outcome() != null && parts.outcomes().stream().noneMatch(o -> o.id().equals(entry.outcome()))) {
			errors.reject("outcome", "Select an outcome of this plan, or none");
		}
		errors.inOrder("what", "owner", "dueOn", "outcome").throwIfAny();
		plans.insertAction(planId, new PlanAction(UUID.randomUUID(), entry.outcome(), what, entry.owner(), entry.dueOn(),
				PlanAction.Status.NOT_STARTED, null, 0), Instant.now(clock));
		return view(plans.find(planId).orElseThrow());
	}

	/** Records how an action stands: status with a note, and a new due date if it moved. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView changeAction(Actor actor, UUID planId, UUID actionId, int expectedVersion, Entries.ActionChange change) {
		Plan plan = changing(actor, planId, "change action " + actionId);
		PlanAction current = plans.actions(plan.id())
			.stream()
			.filter(a -> a.id().equals(actionId))
			.findFirst()
			.orElseThrow(RecordNotFound::new);
		FormErrors errors = new FormErrors();
		PlanAction.Status status = null;
		try {
			status = change.status() == null ? null : PlanAction.Status.valueOf(change.status());
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (status == null) {
			errors.reject("status", "Select how the action stands");
		}
		String note = Entries.trimmed(change.note());
		if (status == PlanAction.Status.NOT_DONE && note == null) {
			errors.reject("note", "Enter why the action was not done");
		}
		else if (note != null && note.length() > 2000) {
			errors.reject("note", "The note must be 2000 characters or fewer");
		}
		LocalDate due = change.dueOn() == null ? current.dueOn() : change.dueOn();
		if (!due.equals(current.dueOn()) && due.isBefore(today())) {
			errors.reject("dueOn", "A new due date must be today or in the future");
		}
		errors.inOrder("status", "note", "dueOn").throwIfAny();
		plans.changeAction(planId, actionId, expectedVersion, status, note, due, Instant.now(clock));
		return view(plans.find(planId).orElseThrow());
	}

	/** The next review date and where the team meets. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView changeDetails(Actor actor, UUID planId, int expectedVersion, LocalDate nextReviewOn, String meetingPlace) {
		changing(actor, planId, "change details");
		FormErrors errors = new FormErrors();
		String place = Entries.trimmed(meetingPlace);
		if (nextReviewOn == null) {
			errors.reject("nextReviewOn", "Enter the date of the next review");
		}
		else if (nextReviewOn.isBefore(today())) {
			errors.reject("nextReviewOn", "The next review must be today or in the future");
		}
		if (place != null && place.length() > 200) {
			errors.reject("meetingPlace", "Where the team meets must be 200 characters or fewer");
		}
		errors.throwIfAny();
		plans.changeDetails(planId, expectedVersion, nextReviewOn, place);
		return view(plans.find(planId).orElseThrow());
	}

	/**
	 * Records a review meeting: who came, progress on every outcome with the linked item graded
	 * again, the child's voice or why it was not gathered, the family's view, and the next review
	 * (by default {@code seen.plans.review-interval-weeks} after the meeting).
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView review(Actor actor, UUID planId, int expectedVersion, Entries.NewReview entry) {
		Plan plan = changing(actor, planId, "review");
		PlanParts parts = plans.parts(plan.id());
		FormErrors errors = new FormErrors();
		LocalDate held = entry.heldOn();
		if (held == null) {
			errors.reject("heldOn", "Enter the date of the review meeting");
		}
		else if (held.isAfter(today())) {
			errors.reject("heldOn", "The review date must be today or in the past");
		}
		else if (held.isBefore(plan.startedOn())) {
			errors.reject("heldOn", "The review date must be on or after the plan started, " + DAY.format(plan.startedOn()));
		}
		List<UUID> attendees = entry.attendees() == null ? List.of() : entry.attendees();
		if (attendees.isEmpty()) {
			errors.reject("attendees", "Select who attended the review");
		}
		else if (!attendees.stream().allMatch(a -> parts.member(a).isPresent())) {
			errors.reject("attendees", "Select only members of the team and the family");
		}
		Map<UUID, Review.Progress> progress = new HashMap<>();
		Map<UUID, Entries.OutcomeProgress> given = entry.progress() == null ? Map.of() : entry.progress();
		for (Outcome outcome : parts.outcomes()) {
			Entries.OutcomeProgress p = given.get(outcome.id());
			Review.Direction direction = null;
			try {
				direction = p == null || p.direction() == null ? null : Review.Direction.valueOf(p.direction());
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			if (direction == null) {
				errors.reject("progress-" + outcome.id(), "Select the progress on " + outcome.title());
			}
			Integer grade = p == null ? null : p.grade();
			if (outcome.graded() && (grade == null || grade < 1 || grade > 5)) {
				errors.reject("grade-" + outcome.id(), "Grade " + outcome.title() + " again, from 1 to 5");
			}
			else if (!outcome.graded() && grade != null) {
				grade = null;
			}
			String note = p == null ? null : Entries.trimmed(p.note());
			if (note != null && note.length() > 2000) {
				errors.reject("note-" + outcome.id(), "The note must be 2000 characters or fewer");
			}
			progress.put(outcome.id(), new Review.Progress(outcome.id(), direction, grade, note));
		}
		if (entry.progress() != null && !parts.outcomes().stream().map(Outcome::id).toList().containsAll(given.keySet())) {
			errors.reject("progress", "Give progress only on this plan's outcomes");
		}
		String voice = Entries.trimmed(entry.childVoice());
		String missing = Entries.trimmed(entry.childVoiceMissingReason());
		if (voice == null && missing == null) {
			errors.reject("childVoice", "Enter what the child said or showed, or why their voice was not gathered");
		}
		else if (voice != null && missing != null) {
			errors.reject("childVoiceMissingReason", "Leave the reason empty when you have recorded the child's voice");
		}
		else if (voice != null && voice.length() > 4000) {
			errors.reject("childVoice", "The child's voice must be 4000 characters or fewer");
		}
		else if (missing != null && missing.length() > 2000) {
			errors.reject("childVoiceMissingReason",
					"Why the child's voice was not gathered must be 2000 characters or fewer");
		}
		String family = Entries.trimmed(entry.familyView());
		if (family == null) {
			errors.reject("familyView", "Enter the family's view at the review");
		}
		else if (family.length() > 4000) {
			errors.reject("familyView", "The family's view must be 4000 characters or fewer");
		}
		String goingWell = Entries.trimmed(entry.goingWell());
		String decisions = Entries.trimmed(entry.decisions());
		if (goingWell != null && goingWell.length() > 4000) {
			errors.reject("goingWell", "What is going well must be 4000 characters or fewer");
		}
		if (decisions != null && decisions.length() > 4000) {
			errors.reject("decisions", "Decisions must be 4000 characters or fewer");
		}
		LocalDate next = entry.nextReviewOn() != null ? entry.nextReviewOn()
				: held == null ? null : held.plusWeeks(settings.reviewIntervalWeeks());
		if (next != null && !next.isAfter(today())) {
			errors.reject("nextReviewOn", "The next review must be in the future");
		}
		else if (next != null && next.isAfter(today().plusMonths(6))) {
			errors.reject("nextReviewOn", "The next review must be within 6 months");
		}
		List<String> order = new java.util.ArrayList<>(List.of("heldOn", "attendees"));
		parts.outcomes().forEach(o -> order.addAll(List.of("progress-" + o.id(), "grade-" + o.id(), "note-" + o.id())));
		order.addAll(List.of("childVoice", "childVoiceMissingReason", "familyView", "goingWell", "decisions", "nextReviewOn"));
		errors.inOrder(order.toArray(String[]::new)).throwIfAny();
		// the plan's version guards the review: two people recording the same meeting from one page cannot both succeed
		plans.changeDetails(planId, expectedVersion, next, plan.meetingPlace());
		Review review = new Review(UUID.randomUUID(), held, voice, missing, family, goingWell, decisions, next,
				actor.displayName(), Instant.now(clock), Set.copyOf(new HashSet<>(attendees)), progress);
		plans.insertReview(planId, review, actor.accountId());
		return view(plans.find(planId).orElseThrow());
	}

	/**
	 * Closes the plan with a reason; the lead professional, a manager or a safeguarding lead may.
	 * Anyone else is forbidden, and the attempt is audited as DENIED (kept: the refusal does not roll
	 * the audit back).
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	PlanView close(Actor actor, UUID planId, int expectedVersion, String reason, String note) {
		Plan plan = changing(actor, planId, "close");
		FormErrors errors = new FormErrors();
		if (!plan.leadPractitionerId().equals(actor.practitionerId()) && !actor.is(Role.MANAGER) && !actor.is(Role.DSL)) {
			audit.record(actor, AuditAction.DENIED, RECORD, planId, plan.childId(), "close: not the lead, a manager or a DSL");
			throw new AccessDeniedException(ONLY_CLOSERS);
		}
		Plan.ClosureReason why = null;
		try {
			why = reason == null ? null : Plan.ClosureReason.valueOf(reason);
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (why == null) {
			errors.reject("reason", "Select why the plan is closing");
		}
		String text = Entries.trimmed(note);
		if (why == Plan.ClosureReason.OTHER && text == null) {
			errors.reject("note", "Enter why the plan is closing");
		}
		else if (text != null && text.length() > 2000) {
			errors.reject("note", "The note must be 2000 characters or fewer");
		}
		errors.throwIfAny();
		plans.close(planId, expectedVersion, today(), why, text, actor.displayName());
		// drift on a closed plan is over
		drift.refresh(plans.find(planId).orElseThrow(), plans.parts(planId));
		events.publishEvent(new PlanClosed(planId, plan.childId(), why.name(), plan.startedOn(), today()));
		return view(plans.find(planId).orElseThrow());
	}

	/** A finding on the plan, for the decision form. */
	Finding finding(PlanView view, UUID findingId) {
		return view.drift().stream().filter(f -> f.id().equals(findingId)).findFirst().orElseThrow(RecordNotFound::new);
	}

	/**
	 * A manager's or safeguarding lead's recorded decision on drift: what will happen, and the date
	 * to look again. The finding is answered until then.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	PlanView decide(Actor actor, UUID planId, UUID findingId, int expectedVersion, String decision, LocalDate lookAgainOn) {
		if (!actor.is(Role.MANAGER) && !actor.is(Role.DSL)) {
			throw new AccessDeniedException("Only managers and safeguarding leads record decisions on drift");
		}
		Plan plan = changing(actor, planId, "decision on drift " + findingId);
		Finding finding = drift.find(planId, findingId).filter(Finding::open).orElseThrow(RecordNotFound::new);
		FormErrors errors = new FormErrors();
		String text = Entries.trimmed(decision);
		if (text == null) {
			errors.reject("decision", "Enter what you have decided will happen");
		}
		else if (text.length() > 4000) {
			errors.reject("decision", "The decision must be 4000 characters or fewer");
		}
		if (lookAgainOn == null) {
			errors.reject("lookAgainOn", "Enter the date to look again");
		}
		else if (!lookAgainOn.isAfter(today())) {
			errors.reject("lookAgainOn", "The date to look again must be in the future");
		}
		else if (lookAgainOn.isAfter(today().plusMonths(3))) {
			errors.reject("lookAgainOn", "The date to look again must be within 3 months");
		}
		errors.throwIfAny();
		drift.decide(finding.id(), expectedVersion, text, lookAgainOn, actor.displayName(), actor.accountId());
		return view(plan);
	}
}
