package org.seen.access.internal;

import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.agencies.AgencyRecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry for each change an administrator makes to agencies, teams and
 * practitioners. It listens synchronously, in the change's own transaction: if the entry cannot
 * be written, the change is not made either, and no change is made by no one.
 */
@Component
class AdministrationAudit {

	private final AuditTrail audit;

	private final CurrentActor currentActor;

	AdministrationAudit(AuditTrail audit, CurrentActor currentActor) {
		this.audit = audit;
		this.currentActor = currentActor;
	}

	@EventListener
	void on(AgencyRecordChanged change) {
		audit.record(currentActor.get(), change.created() ? AuditAction.CREATE : AuditAction.CHANGE,
				change.recordType(), change.recordId(), null, change.detail());
	}
}
