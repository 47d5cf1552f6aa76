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

	List<Child> siblings(Child child) {
		return child.household() == null ? List.of()
				: children.inHousehold(child.household().id()).stream().filter(c -> !c.id().equals(child.id())).toList();
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
	@Transactional
	UUID create(Actor actor, ChildDetails details, UUID siblingHousehold) {
		checkIdentifiersFree(details, null).throwIfAny();
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

	/** Changes the child's details unless someone else has changed them since {@code version}. */
	@Transactional
	void change(Actor actor, UUID childId, int version, ChildDetails details) {
		access.require(actor, childId, AuditAction.CHANGE, RECORD, childId, null);
		checkIdentifiersFree(details, childId).throwIfAny();
		children.update(childId, version, details);
		children.find(childId)
			.map(Child::household)
			.ifPresent(household -> children.updateHouseholdAddress(household.id(), details));
	}

	FormErrors checkIdentifiersFree(ChildDetails details, UUID exceptChild) {
		FormErrors errors = new FormErrors();
		if (children.identifierTaken("nhs_number", details.nhsNumber(), exceptChild)) {
			errors.reject("nhsNumber", "A child with this NHS number is already recorded. Search for them instead");
		}
		if (children.identifierTaken("upn", details.upn(), exceptChild)) {
			errors.reject("upn", "A child with this UPN is already recorded. Search for them instead");
		}
		if (children.identifierTaken("local_id", details.localId(), exceptChild)) {
			errors.reject("localId", "A child with this local child ID is already recorded. Search for them instead");
		}
		return errors;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
	}
}
