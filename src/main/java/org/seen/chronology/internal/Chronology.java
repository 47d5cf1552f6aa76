package org.seen.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.agencies.InvolvementKind;
import org.seen.agencies.Involvements;
import org.seen.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's chronology: every read and write passes {@link ChildAccess}, which decides by
 * involvement and writes the audit entry. Each change re-evaluates the pattern alerts in the
 * same transaction, so an alert is never missing for an event that was saved.
 */
@Service
class Chronology {

	static final String RECORD = "CHRONOLOGY_EVENT";

	static final int PAGE = 500;

	static final int SCREEN_PAGE = 100;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final ChronologyEvents events;

	private final Involvements involvements;

	private final PatternAlerts alerts;

	private final Clock clock;

	Chronology(ChildAccess access, AuditTrail audit, ChronologyEvents events, Involvements involvements,
			PatternAlerts alerts, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.involvements = involvements;
		this.alerts = alerts;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(PatternAlerts.LONDON));
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	ChronologyEvent add(Actor actor, UUID childId, NewEvent event) {
		UUID id = UUID.randomUUID();
		if (actor.agencyId() == null) {
			// only someone working for an agency can be the source of an entry
			throw new RecordNotFound();
		}
		access.require(actor, childId, AuditAction.CREATE, RECORD, id, event.type().name());
		if (event.agencyReference() != null
				&& events.byReference(actor.agencyId(), event.agencyReference()).isPresent()) {
			throw new InvalidInput("agencyReference", "Your agency has already used this reference for another event");
		}
		events.insert(id, childId, actor.agencyId(), actor, event, Instant.now(clock));
		involve(actor, childId);
		alerts.evaluate(childId);
		return events.find(id).orElseThrow();
	}

	/**
	 * Writing about a child makes the author one of the people working with them, if their team or
	 * agency already is: someone here by breaking glass records what they saw without joining.
	 */
	void involve(Actor actor, UUID childId) {
		if (actor.practitioner() != null && !actor.is(Role.AGENCY_SYSTEM) && access.isInvolved(actor, childId)) {
			involvements.involve(childId, actor.practitioner(), InvolvementKind.INVOLVED);
		}
	}

	/** Admits the actor to the child's chronology before a form is shown (404 for a child they may not see). */
	void admit(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, "CHRONOLOGY", childId, "form");
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	List<ChronologyEvent> list(Actor actor, UUID childId, ChronologyFilter filter) {
		access.require(actor, childId, AuditAction.VIEW, "CHRONOLOGY", childId, null);
		return events.of(childId, filter, false, PAGE);
	}

	/**
	 * One page of a child's chronology for the screen (a page of a long chronology is quicker to
	 * read and to send than all of it), with one more entry than asked for to tell whether a next
	 * page exists.
	 */
	@Transactional(noRollbackFor = RecordNotFound.class)
	List<ChronologyEvent> page(Actor actor, UUID childId, ChronologyFilter filter, int page) {
		access.require(actor, childId, AuditAction.VIEW, "CHRONOLOGY", childId, "page " + page);
		return events.of(childId, filter, false, SCREEN_PAGE + 1, (page - 1) * SCREEN_PAGE);
	}

	/** One event with its history; a removed event answers as missing to all but auditors. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	ChronologyEvent event(Actor actor, UUID childId, UUID eventId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, eventId, null);
		return events.find(eventId)
			.filter(e -> e.childId().equals(childId) && !e.removed())
			.orElseThrow(RecordNotFound::new);
	}

	List<EventVersion> history(UUID eventId) {
		return events.history(eventId);
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, NotTheSourceAgency.class })
	ChronologyEvent correct(Actor actor, UUID childId, UUID eventId, int expectedVersion, NewEvent corrected,
			String reason) {
		ChronologyEvent current = ownEvent(actor, childId, eventId, AuditAction.CHANGE);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Enter why the entry is being corrected");
		}
		events.correct(current.id(), expectedVersion, corrected, actor, reason.trim(), Instant.now(clock));
		alerts.evaluate(childId);
		return events.find(eventId).orElseThrow();
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, NotTheSourceAgency.class })
	void remove(Actor actor, UUID childId, UUID eventId, int expectedVersion, String reason) {
		ChronologyEvent current = ownEvent(actor, childId, eventId, AuditAction.REMOVE);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Enter why the entry is being removed");
		}
		events.remove(current.id(), expectedVersion, actor, reason.trim(), Instant.now(clock));
		alerts.evaluate(childId);
	}

	/**
	 * The event, if the actor may change it: only the agency that recorded an entry corrects or
	 * removes it. A refusal is audited as DENIED, and nothing else is written.
	 */
	private ChronologyEvent ownEvent(Actor actor, UUID childId, UUID eventId, AuditAction action) {
		if (!access.canSee(actor, childId)) {
			access.require(actor, childId, action, RECORD, eventId, null);
		}
		ChronologyEvent current = events.find(eventId)
			.filter(e -> e.childId().equals(childId) && !e.removed())
			.orElseThrow(RecordNotFound::new);
		if (!current.agencyId().equals(actor.agencyId())) {
			audit.record(actor, AuditAction.DENIED, RECORD, eventId, childId, action.name() + ": not the source agency");
			throw new NotTheSourceAgency(current.agencyName());
		}
		audit.record(actor, action, RECORD, eventId, childId, null);
		return current;
	}

	/**
	 * Removed entries, for auditors: they oversee every record by role, not by involvement, so
	 * the view is audited here rather than admitted by involvement.
	 */
	@Transactional(noRollbackFor = RecordNotFound.class)
	List<ChronologyEvent> removed(Actor actor, UUID childId) {
		if (!actor.is(Role.AUDITOR)) {
			audit.record(actor, AuditAction.DENIED, "CHRONOLOGY_REMOVED", childId, childId, AuditAction.VIEW.name());
			throw new RecordNotFound();
		}
		audit.record(actor, AuditAction.VIEW, "CHRONOLOGY_REMOVED", childId, childId, null);
		return events.of(childId, ChronologyFilter.ALL, true, PAGE);
	}

	List<ChronologyEvents.AgencyOption> agencies(UUID childId) {
		return events.agencies(childId);
	}
}
