package org.seen.pathway.internal;

import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Admits an actor to a child's record for something only some roles may do. The role is checked
 * before anything is audited as done: a refusal is written as DENIED and then thrown, and the
 * services do not roll back for {@link AccessDeniedException}, so the entry stays. Someone who may
 * not see the child at all gets what {@link ChildAccess} gives them: a DENIED entry and a 404.
 */
@Component
class RoleGate {

	private final ChildAccess access;

	private final AuditTrail audit;

	RoleGate(ChildAccess access, AuditTrail audit) {
		this.access = access;
		this.audit = audit;
	}

	void require(Actor actor, boolean roleAllows, String refusal, UUID childId, AuditAction action, String recordType,
			UUID recordId, String detail) {
		if (!roleAllows && access.canSee(actor, childId)) {
			audit.record(actor, AuditAction.DENIED, recordType, recordId, childId, action.name() + ": " + refusal);
			throw new AccessDeniedException(refusal);
		}
		// a child the actor may not see is refused here as not found, whatever their role
		access.require(actor, childId, action, recordType, recordId, detail);
		if (!roleAllows) {
			throw new AccessDeniedException(refusal);
		}
	}
}
