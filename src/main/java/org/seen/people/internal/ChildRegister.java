package org.seen.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.agencies.InvolvementKind;
import org.seen.agencies.Involvements;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, finds, records and changes children's records: every call checks involvement through
 * ChildAccess and writes the audit entry.
 */
@Service
class ChildRegister {

	static final String RECORD = "CHILD";

	private static final int SEARCH_LIMIT = 50;

	private final Children children;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final Involvements involvements;

	private final Clock clock;

	ChildRegister(Children children, ChildAccess access, AuditTrail audit, Involvements involvements, Clock clock) {
		this.children = children;
		this.access = access;
		this.audit = audit;
		this.involvements = involvements;
		this.clock = clock;
	}

	/** The child's record, audited as a view; empty (and audited as denied) when not visible. */
	Optional<Child> open(Actor actor, UUID childId) {
		if (!access.admit(actor, childId, AuditAction.VIEW, RECORD, childId, null)) {
			return Optional.empty();
		}
		return children.find(childId);
	}

	/** Whether the actor may still see the child; writes nothing to the audit trail. */
	boolean canSee(Actor actor, UUID childId) {
		return access.canSee(actor, childId);
	}

	Child require(Actor actor, UUID childId) {
		return open(actor, childId).orElseThrow(RecordNotFound::new);
	}

	/**
	 * The child's record for a change to it or its household, or RecordNotFound: decided without
	 * record grants, which let a case audit's panel read a record but never change it.
	 */
	Child requireToChange(Actor actor, UUID childId, String detail) {
		access.require(actor, childId, AuditAction.CHANGE, RECORD, childId, detail);
		return children.find(childId).orElseThrow(RecordNotFound::new);
	}

	/** Brothers and sisters in the child's household that the actor may see. */
	List<Child> siblings(Actor actor, Child child) {
		return child.household() == null ? List.of()
				: children.inHousehold(child.household().id(), access.visibleTo(actor))
					.stream()
					.filter(c -> !c.id().equals(child.id()))
					.toList();
	}

	/** Admits the actor to change a brother's or sister's record too, or refuses (404). */
	void requireSibling(Actor actor, UUID siblingId, String detail) {
		access.require(actor, siblingId, AuditAction.CHANGE, RECORD, siblingId, detail);
	}

	List<Child> search(Actor actor, SearchCriteria criteria) {
		List<Child> found = children.search(criteria, access.visibleTo(actor), SEARCH_LIMIT);
		audit.record(actor, AuditAction.SEARCH, RECORD, null, null, criteria.describe() + " results=" + found.size());
		return found;
	}

	List<Children.Match> possibleDuplicates(Actor actor, ChildDetails details) {
		return children.possibleDuplicates(details, access.visibleTo(actor));
	}

	/**
	 * Records a new child (and a new household, or the sibling's household), and records the
	 * creator and their agency as involved so that they can go on to see the record.
	 */
	/** Refusals for identifiers already held come before anything is written, and their audit is kept. */
	@Transactional(noRollbackFor = org.seen.web.InvalidInput.class)
	UUID create(Actor actor, ChildDetails details, UUID siblingHousehold) {
		checkIdentifiersFree(actor, details, null).throwIfAny();
		Instant now = Instant.now(clock);
		UUID household = siblingHousehold != null ? siblingHousehold
				: children.insertHousehold(details.familyName() + " household", details, now);
		UUID id = children.insert(details, household, now);
		if (actor.practitioner() != null) {
			involvements.involve(id, actor.practitioner(), InvolvementKind.INVOLVED);
		}
		audit.record(actor, AuditAction.CREATE, RECORD, id, id, null);
		return id;
	}

	/**
	 * Changes the child's details unless someone else has changed them since {@code version}.
	 * Every refusal for bad input comes before anything is written but the audit of identifiers
	 * probed, which is kept.
	 */
	@Transactional(noRollbackFor = { org.seen.web.InvalidInput.class, RecordNotFound.class })
	void change(Actor actor, UUID childId, int version, ChildDetails details) {
		if (!access.canSee(actor, childId)) {
			access.require(actor, childId, AuditAction.CHANGE, RECORD, childId, null);
		}
		checkIdentifiersFree(actor, details, childId).throwIfAny();
		Child before = children.find(childId).orElseThrow(RecordNotFound::new);
		boolean moved = before.household() != null && addressChanged(before.household(), details);
		List<Child> siblings = moved ? siblingsSharingTheAddress(actor, before) : List.of();
		access.require(actor, childId, AuditAction.CHANGE, RECORD, childId, null);
		children.update(childId, version, details);
		if (moved) {
			children.updateHouseholdAddress(before.household().id(), details);
			// the siblings were found among the children the actor may see, just above
			for (Child sibling : siblings) {
				audit.record(actor, AuditAction.CHANGE, RECORD, sibling.id(), sibling.id(), "household address");
			}
		}
	}

	private static boolean addressChanged(Child.Household household, ChildDetails details) {
		return !java.util.Objects.equals(household.addressLine1(), details.addressLine1())
				|| !java.util.Objects.equals(household.town(), details.town())
				|| !java.util.Objects.equals(household.postcode(), details.postcode());
	}

	/**
	 * The address belongs to the household, so it changes for the brothers and sisters too, and
	 * each of their records is audited. The change is refused when any of them is a child the actor
	 * may not see: their agencies must hear of a move from whoever knows of it.
	 */
	private List<Child> siblingsSharingTheAddress(Actor actor, Child child) {
		List<Child> visibleSiblings = siblings(actor, child);
		if (children.countInHousehold(child.household().id()) > visibleSiblings.size() + 1) {
			throw new org.seen.web.InvalidInput("addressLine1",
					"This address is shared with other children in the household that you do not work with. "
							+ "Tell their agencies or the front door about the move instead of changing it here");
		}
		return visibleSiblings;
	}

	/**
	 * Identifiers are unique, so saying one is taken cannot be avoided; when the child holding it
	 * is one the actor may not see, the message names no one and the attempt is audited against
	 * that child, so that probing identifiers shows in their "who has seen this record".
	 */
	FormErrors checkIdentifiersFree(Actor actor, ChildDetails details, UUID exceptChild) {
		FormErrors errors = new FormErrors();
		checkIdentifier(actor, "nhs_number", details.nhsNumber(), exceptChild, "nhsNumber", "NHS number", errors);
		checkIdentifier(actor, "upn", details.upn(), exceptChild, "upn", "UPN", errors);
		checkIdentifier(actor, "local_id", details.localId(), exceptChild, "localId", "local child ID", errors);
		return errors;
	}

	private void checkIdentifier(Actor actor, String column, String value, UUID exceptChild, String field,
			String label, FormErrors errors) {
		children.holderOf(column, value, exceptChild).ifPresent(holder -> {
			if (access.canSee(actor, holder)) {
				errors.reject(field, "A child you work with already has this " + label + ". Search for them instead");
			}
			else {
				audit.record(actor, AuditAction.DENIED, RECORD, holder, holder, "identifier match: " + label);
				errors.reject(field, "This " + label + " is already recorded for a child held by agencies you do not "
						+ "work with. Contact your designated safeguarding lead or the front door");
			}
		});
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
	}
}
