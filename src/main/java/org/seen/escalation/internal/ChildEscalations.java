package org.seen.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.access.VisibleChildren;
import org.seen.agencies.Involvements;
import org.seen.agencies.PractitionerSummary;
import org.seen.agencies.Practitioners;
import org.seen.escalation.EscalationMovedUp;
import org.seen.escalation.EscalationRaised;
import org.seen.escalation.EscalationResolved;
import org.seen.notifications.Notice;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raising, reading, moving up and resolving professional differences. Raising needs the child's
 * record; an escalation's own page is open to those who may see the child, to the parties to the
 * disagreement, and to the partnership (without the child's name). Every read and change is
 * audited, through {@link ChildAccess} when the reader may see the child.
 */
@Service
class ChildEscalations {

	static final String RECORD = "ESCALATION";

	static final String SYSTEM = "Seen (automatic)";

	private static final Logger log = LoggerFactory.getLogger(ChildEscalations.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final Set<Role> PARTNERSHIP = Set.of(Role.ANALYST, Role.AUDITOR, Role.ADMINISTRATOR);

	private final Escalations escalations;

	private final StageTimescales timescales;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final ChildRecords children;

	private final Practitioners practitioners;

	private final Involvements involvements;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** One escalation's automatic move in its own transaction, so one that fails stops no other. */
	private final TransactionTemplate eachOnItsOwn;

	ChildEscalations(Escalations escalations, StageTimescales timescales, ChildAccess access, AuditTrail audit,
			ChildRecords children, Practitioners practitioners, Involvements involvements,
			ApplicationEventPublisher events, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.escalations = escalations;
		this.timescales = timescales;
		this.access = access;
		this.audit = audit;
		this.children = children;
		this.practitioners = practitioners;
		this.involvements = involvements;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.eachOnItsOwn = new TransactionTemplate(transactions);
		this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** What a practitioner raises: codes as typed, so a bad one is named against its field. */
	record Raising(String subject, String concern, String wanted, UUID withAgencyId, UUID withPractitionerId) {
	}

	/** How a stage ended without agreement: who handled it, what was discussed, and why it goes up. */
	record MoveUp(String handledBy, String discussed, String reason) {
	}

	/** How the disagreement was resolved, and what the partnership should learn from it. */
	record Resolution(String handledBy, String discussed, String outcome, String outcomeDetail, String learning) {
	}

	static final String OWN_AGENCY = "Choose another agency: a disagreement within your own agency goes to your manager";

	static final String NOT_INVOLVED = "Select an agency that works with this child now";

	LocalDate today() {
		return timescales.today();
	}

	/** An agency a disagreement about the child may be raised with. */
	record AgencyChoice(UUID id, String name) {
	}

	/**
	 * The agencies working with the child now, other than the actor's own: the only ones a
	 * disagreement may be raised with. For a form that has admitted the actor to the child.
	 */
	List<AgencyChoice> agenciesToRaiseWith(Actor actor, UUID childId) {
		Map<UUID, AgencyChoice> choices = new LinkedHashMap<>();
		involvements.of(childId)
			.stream()
			.filter(i -> !i.agencyId().equals(actor.agencyId()))
			.sorted(Comparator.comparing(Involvements.Involved::agencyName))
			.forEach(i -> choices.putIfAbsent(i.agencyId(), new AgencyChoice(i.agencyId(), i.agencyName())));
		return List.copyOf(choices.values());
	}

	/** The child, for the raising form; admits the actor (audited) or throws {@link RecordNotFound}. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChildSummary admit(Actor actor, UUID childId) {
		caseworker(actor, childId, AuditAction.VIEW);
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "raise form");
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	Escalation raise(Actor actor, UUID childId, Raising raising) {
		caseworker(actor, childId, AuditAction.CREATE);
		UUID id = UUID.randomUUID();
		access.require(actor, childId, AuditAction.CREATE, RECORD, id, raising.subject());
		FormErrors errors = new FormErrors();
		Subject subject = code(Subject.class, raising.subject(), "subject", "Select what the disagreement is about",
				errors);
		String concern = text(raising.concern(), "concern", "Enter what your concern is", 5000, errors);
		String wanted = text(raising.wanted(), "wanted", "Enter what you want to happen", 5000, errors);
		if (raising.withAgencyId() == null || practitioners.agencyName(raising.withAgencyId()).isEmpty()) {
			errors.reject("withAgency", "Select the agency you disagree with");
		}
		else if (raising.withAgencyId().equals(actor.agencyId())) {
			errors.reject("withAgency", OWN_AGENCY);
		}
		else if (agenciesToRaiseWith(actor, childId).stream().noneMatch(a -> a.id().equals(raising.withAgencyId()))) {
			// raising it tells the agency's managers and DSLs about the child: only one already working with them
			errors.reject("withAgency", NOT_INVOLVED);
		}
		if (raising.withPractitionerId() != null) {
			PractitionerSummary named = practitioners.find(raising.withPractitionerId()).orElse(null);
			if (named == null || !named.agencyId().equals(raising.withAgencyId())) {
				errors.reject("withPractitioner", "Select a practitioner from the agency you disagree with, or no one");
			}
			else if (named.id().equals(actor.practitionerId())) {
				errors.reject("withPractitioner", "You cannot raise a disagreement with yourself");
			}
		}
		errors.inOrder("subject", "concern", "wanted", "withAgency", "withPractitioner").throwIfAny();
		LocalDate today = today();
		Instant now = Instant.now(clock);
		escalations.insert(id, childId, subject, concern, wanted, actor.displayName() + ", " + actor.agencyName(),
				actor.accountId(), actor.practitionerId(), actor.agencyId(), raising.withAgencyId(),
				raising.withPractitionerId(), now, today, timescales.dueOn(1, today));
		events.publishEvent(new EscalationRaised(id, childId, subject.name(), actor.agencyId(), raising.withAgencyId(), now));
		Set<UUID> told = new HashSet<>();
		if (raising.withPractitionerId() != null) {
			told.add(raising.withPractitionerId());
		}
		told.addAll(leads(Set.of(raising.withAgencyId())));
		notify(told, "A professional disagreement has been raised with you",
				"A practitioner in another agency disagrees with a decision or plan for a child you work with. "
						+ "Sign in to Seen to read it and respond within the stage's timescale.", id, childId);
		log.info("Escalation {} raised", id);
		return escalations.find(id).orElseThrow();
	}

	/** The escalation as the actor may see it, after moving it up if its stage has run out. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	EscalationView read(Actor actor, UUID id) {
		Escalation found = escalations.find(id).orElse(null);
		if (found == null) {
			audit.record(actor, AuditAction.DENIED, RECORD, id, null, AuditAction.VIEW.name());
			throw new RecordNotFound();
		}
		Standing standing = admit(actor, found, AuditAction.VIEW, null);
		if (moveIfOverdue(found, today())) {
			found = escalations.find(id).orElseThrow();
		}
		return view(actor, found, standing);
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	Escalation moveUp(Actor actor, UUID id, int version, MoveUp move) {
		Escalation e = forChange(actor, id, "move up");
		FormErrors errors = new FormErrors();
		if (!e.open()) {
			errors.reject("stage", "This escalation has been resolved, so it cannot move up");
		}
		else if (e.atLastStage()) {
			errors.reject("stage", "This escalation is with the partnership, the last stage: record how it was resolved");
		}
		String handledBy = optional(move.handledBy(), "handledBy", "Who handled this stage", 300, errors);
		String discussed = optional(move.discussed(), "discussed", "What was discussed", 5000, errors);
		String reason = text(move.reason(), "reason", "Enter why it could not be resolved at this stage", 5000, errors);
		errors.inOrder("stage", "handledBy", "discussed", "reason").throwIfAny();
		LocalDate today = today();
		LocalDate due = timescales.dueOn(e.stage() + 1, today);
		Instant now = Instant.now(clock);
		escalations.moveUp(e, version, "MOVED_UP", reason, actor.displayName(), now, handledBy, discussed, today, due);
		movedUp(e, false, due, now);
		return escalations.find(id).orElseThrow();
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	Escalation resolve(Actor actor, UUID id, int version, Resolution resolution) {
		Escalation e = forChange(actor, id, "resolve");
		FormErrors errors = new FormErrors();
		if (!e.open()) {
			errors.reject("stage", "This escalation has already been resolved");
		}
		String handledBy = optional(resolution.handledBy(), "handledBy", "Who handled this stage", 300, errors);
		String discussed = optional(resolution.discussed(), "discussed", "What was discussed", 5000, errors);
		Outcome outcome = code(Outcome.class, resolution.outcome(), "outcome", "Select the outcome", errors);
		String detail = text(resolution.outcomeDetail(), "outcomeDetail", "Enter what was agreed or decided", 5000,
				errors);
		String learning = text(resolution.learning(), "learning",
				"Enter what the partnership should learn from this, or say there is nothing new", 5000, errors);
		errors.inOrder("stage", "handledBy", "discussed", "outcome", "outcomeDetail", "learning").throwIfAny();
		Instant now = Instant.now(clock);
		escalations.resolve(e, version, outcome, detail, learning, actor.displayName(), actor.accountId(), now,
				handledBy, discussed);
		events.publishEvent(new EscalationResolved(id, e.childId(), e.stage(), outcome.name(), now));
		Set<UUID> told = new HashSet<>();
		told.add(e.raisedByPractitioner());
		if (e.withPractitionerId() != null) {
			told.add(e.withPractitionerId());
		}
		told.remove(actor.practitionerId());
		notify(told, "A professional disagreement has been resolved",
				"A disagreement you are party to has been resolved. Sign in to Seen to read the outcome.", id,
				e.childId());
		return escalations.find(id).orElseThrow();
	}

	/** Open escalations on a child, for its page, which has admitted the actor. */
	List<Escalation> openOnChild(UUID childId) {
		return escalations.openOnChild(childId);
	}

	/**
	 * The open escalations the actor may see, checked for overdue stages first: every one for the
	 * partnership (without children's names); for others, those on children they may see and those
	 * they are party to. Not one transaction: each overdue escalation moves in its own.
	 */
	List<EscalationView> open(Actor actor) {
		moveOverdue(today());
		LocalDate today = today();
		if (PARTNERSHIP.contains(actor.role())) {
			audit.record(actor, AuditAction.SEARCH, RECORD, null, null, "open escalations");
			return escalations.open("true", spec -> spec)
				.stream()
				.map(e -> new EscalationView(e, Standing.PARTNERSHIP, null, mayAct(actor, e, Standing.PARTNERSHIP), today))
				.toList();
		}
		if (actor.practitioner() == null) {
			return List.of();
		}
		VisibleChildren visible = access.visibleTo(actor);
		List<Escalation> found = escalations.open(visible.condition("e.child_id") + " or " + PARTY_CONDITION,
				spec -> bindParty(visible.bind(spec), actor));
		audit.record(actor, AuditAction.SEARCH, RECORD, null, null, "open escalations");
		Map<UUID, ChildSummary> names = children.summaries(found.stream().map(Escalation::childId).toList());
		return found.stream().map(e -> {
			Standing standing = access.canSee(actor, e.childId()) ? Standing.CHILD : Standing.PARTY;
			ChildSummary child = names.get(e.childId());
			return new EscalationView(e, standing, child == null ? "" : child.name(), true, today);
		}).toList();
	}

	/**
	 * The parties to an escalation, over {@code e}, with :me, :agency and :lead bound by
	 * {@link #bindParty}: the one definition, with {@link #party}, used by the escalation's page,
	 * the lists and the worklist. The raiser, the practitioner it is raised with, and the managers
	 * and DSLs of either agency; other practitioners of those agencies are not parties.
	 */
	static final String PARTY_CONDITION = "(e.raised_by_practitioner = :me or e.with_practitioner_id = :me"
			+ " or (:lead and (e.raising_agency_id = :agency or e.with_agency_id = :agency)))";

	static JdbcClient.StatementSpec bindParty(JdbcClient.StatementSpec spec, Actor actor) {
		return spec.param("me", actor.practitionerId())
			.param("agency", actor.agencyId())
			.param("lead", leadsAgency(actor));
	}

	/**
	 * Moves every open escalation whose stage has run out up one stage, and flags those at the
	 * partnership's stage, each in its own transaction: a row someone changed a moment ago is left
	 * as they left it, and one that cannot be moved is logged (by id) and left for the next check
	 * while the others move. Returns how many moved.
	 */
	int moveOverdue(LocalDate today) {
		int moved = 0;
		for (Escalation e : escalations.overdue(today)) {
			try {
				if (Boolean.TRUE.equals(eachOnItsOwn.execute(status -> moveIfOverdue(e, today))) && !e.atLastStage()) {
					moved++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				// someone moved or resolved it a moment ago: theirs stands
			}
			catch (RuntimeException ex) {
				// the exception's class only: a database message can quote the values of a record
				log.warn("Escalation {} could not be moved up: {}", e.id(), ex.getClass().getName());
			}
		}
		return moved;
	}

	/**
	 * Moves one escalation up if its stage deadline has passed; at stage 4 flags it once instead.
	 * Returns whether it changed.
	 */
	private boolean moveIfOverdue(Escalation e, LocalDate today) {
		if (!e.open() || !StageTimescales.overdue(e.stageDueOn(), today)) {
			return false;
		}
		Instant now = Instant.now(clock);
		if (e.atLastStage()) {
			if (e.finalStageOverdueOn() == null) {
				escalations.flagFinalStageOverdue(e, e.version());
				log.info("Escalation {} is past the partnership stage's timescale", e.id());
				return true;
			}
			return false;
		}
		String reason = "Moved up automatically: the stage " + e.stage() + " timescale passed on "
				+ DAY.format(e.stageDueOn());
		LocalDate due = timescales.dueOn(e.stage() + 1, today);
		escalations.moveUp(e, e.version(), "MOVED_UP_AUTOMATICALLY", reason, SYSTEM, now, null, null, today, due);
		movedUp(e, true, due, now);
		log.info("Escalation {} moved up automatically to stage {}", e.id(), e.stage() + 1);
		return true;
	}

	private void movedUp(Escalation e, boolean automatic, LocalDate due, Instant now) {
		events.publishEvent(new EscalationMovedUp(e.id(), e.childId(), e.stage(), e.stage() + 1, automatic, due, now));
		Set<UUID> told = new HashSet<>();
		told.add(e.raisedByPractitioner());
		// a HashSet, not Set.of: the two agencies may be the same on a row older than the rule against it
		Set<UUID> agencies = new HashSet<>();
		agencies.add(e.raisingAgencyId());
		agencies.add(e.withAgencyId());
		told.addAll(leads(agencies));
		notify(told, "A professional disagreement has moved up a stage",
				automatic ? "A disagreement you are party to was not resolved in its stage's timescale and has moved up a stage. Sign in to Seen to read it."
						: "A disagreement you are party to could not be resolved and has moved up a stage. Sign in to Seen to read it.",
				e.id(), e.childId());
	}

	private Escalation forChange(Actor actor, UUID id, String what) {
		Escalation e = escalations.find(id).orElse(null);
		if (e == null) {
			audit.record(actor, AuditAction.DENIED, RECORD, id, null, AuditAction.CHANGE.name());
			throw new RecordNotFound();
		}
		Standing standing = standing(actor, e);
		if (standing != null && !mayAct(actor, e, standing)) {
			// refused before anything is admitted: the audit says DENIED, and it survives the refusal
			audit.record(actor, AuditAction.DENIED, RECORD, e.id(), e.childId(),
					AuditAction.CHANGE.name() + "; " + what + " before stage 4");
			throw new InvalidInput("stage",
					"The partnership moves or resolves an escalation only once it reaches stage 4; the agencies involved act on it before then");
		}
		admit(actor, e, AuditAction.CHANGE, what);
		return e;
	}

	/** Why the actor may open the escalation, or null if they may not; writes nothing. */
	private Standing standing(Actor actor, Escalation e) {
		if (actor.role().isCasework() && access.canSee(actor, e.childId())) {
			return Standing.CHILD;
		}
		if (party(actor, e)) {
			return Standing.PARTY;
		}
		return PARTNERSHIP.contains(actor.role()) ? Standing.PARTNERSHIP : null;
	}

	/** Admits and audits the actor to the escalation, or audits the refusal and throws {@link RecordNotFound}. */
	private Standing admit(Actor actor, Escalation e, AuditAction action, String detail) {
		Standing standing = standing(actor, e);
		if (standing == Standing.CHILD) {
			access.require(actor, e.childId(), action, RECORD, e.id(), detail);
		}
		else if (standing == Standing.PARTY) {
			audit.record(actor, action, RECORD, e.id(), e.childId(), "party to the escalation" + (detail == null ? "" : "; " + detail));
		}
		else if (standing == Standing.PARTNERSHIP) {
			audit.record(actor, action, RECORD, e.id(), e.childId(), "partnership" + (detail == null ? "" : "; " + detail));
		}
		else {
			audit.record(actor, AuditAction.DENIED, RECORD, e.id(), e.childId(), action.name());
			throw new RecordNotFound();
		}
		return standing;
	}

	/** Whether the actor is a party to the escalation: the same rule as {@link #PARTY_CONDITION}. */
	static boolean party(Actor actor, Escalation e) {
		if (actor.practitioner() == null || !actor.role().isCasework()) {
			return false;
		}
		return actor.practitionerId().equals(e.raisedByPractitioner())
				|| actor.practitionerId().equals(e.withPractitionerId())
				|| leadsAgency(actor) && (actor.agencyId().equals(e.raisingAgencyId()) || actor.agencyId().equals(e.withAgencyId()));
	}

	/** Managers and DSLs lead their agency's side of a disagreement from stage 2. */
	static boolean leadsAgency(Actor actor) {
		return actor.is(Role.MANAGER) || actor.is(Role.DSL);
	}

	/** The partnership acts only at its own stage; auditors never change records. */
	private static boolean mayAct(Actor actor, Escalation e, Standing standing) {
		if (standing == Standing.PARTNERSHIP) {
			return e.atLastStage() && (actor.is(Role.ANALYST) || actor.is(Role.ADMINISTRATOR));
		}
		return true;
	}

	private EscalationView view(Actor actor, Escalation e, Standing standing) {
		String childName = standing == Standing.PARTNERSHIP ? null
				: children.summary(e.childId()).map(ChildSummary::name).orElse("");
		return new EscalationView(e, standing, childName, mayAct(actor, e, standing) && e.open(), today());
	}

	/** Only casework roles with a practitioner raise escalations; anyone else is refused, and audited so. */
	private void caseworker(Actor actor, UUID childId, AuditAction action) {
		if (actor.practitioner() == null || !actor.role().isCasework()) {
			audit.record(actor, AuditAction.DENIED, RECORD, null, childId, action.name());
			throw new RecordNotFound();
		}
	}

	/** Practitioners with a manager's or DSL's account in the given agencies. */
	private Set<UUID> leads(Set<UUID> agencies) {
		return new HashSet<>(jdbc.sql("""
				select p.id from practitioner p join account a on a.practitioner_id = p.id
				where p.agency_id in (:agencies) and a.role in ('MANAGER', 'DSL')""")
			.param("agencies", agencies)
			.query(UUID.class)
			.list());
	}

	private void notify(Set<UUID> practitionerIds, String subject, String body, UUID id, UUID childId) {
		if (!practitionerIds.isEmpty()) {
			events.publishEvent(new Notice(practitionerIds, subject, body, "/escalations/" + id, childId));
		}
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value, String field, String message,
			FormErrors errors) {
		if (value == null || value.isBlank()) {
			errors.reject(field, message);
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			errors.reject(field, message);
			return null;
		}
	}

	private static String text(String value, String field, String missing, int max, FormErrors errors) {
		if (value == null || value.isBlank()) {
			errors.reject(field, missing);
			return null;
		}
		if (value.strip().length() > max) {
			errors.reject(field, "Keep this to " + max + " characters or fewer");
		}
		return value.strip();
	}

	private static String optional(String value, String field, String label, int max, FormErrors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			errors.reject(field, label + " must be " + max + " characters or fewer");
		}
		return value.strip();
	}
}
