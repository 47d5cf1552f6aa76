package org.seen.chronology.internal;

import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's pattern alerts as practitioners see and acknowledge them, through ChildAccess. */
@Service
class ChildAlerts {

	static final String RECORD = "PATTERN_ALERT";

	static final int WORKLIST_SIZE = 200;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final PatternAlerts alerts;

	ChildAlerts(ChildAccess access, AuditTrail audit, PatternAlerts alerts) {
		this.access = access;
		this.audit = audit;
		this.alerts = alerts;
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	List<PatternAlert> of(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, null);
		return alerts.of(childId);
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	PatternAlert alert(Actor actor, UUID childId, UUID alertId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, alertId, null);
		return alerts.find(alertId).filter(a -> a.childId().equals(childId)).orElseThrow(RecordNotFound::new);
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	void acknowledge(Actor actor, UUID childId, UUID alertId, int expectedVersion, String note) {
		access.require(actor, childId, AuditAction.CHANGE, RECORD, alertId, "acknowledged");
		PatternAlert alert = alerts.find(alertId)
			.filter(a -> a.childId().equals(childId))
			.orElseThrow(RecordNotFound::new);
		if (note == null || note.isBlank()) {
			throw new InvalidInput("note", "Enter what you have done or decided about this alert");
		}
		if (note.trim().length() > 2000) {
			throw new InvalidInput("note", "Note must be 2000 characters or fewer");
		}
		if (alert.acknowledged()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Already acknowledged");
		}
		alerts.acknowledge(alertId, expectedVersion, actor, note.trim());
	}

	/** Open alerts on every child the actor may see, filtered in SQL; audited as one view. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	List<PatternAlerts.WorklistEntry> worklist(Actor actor) {
		List<PatternAlerts.WorklistEntry> open = alerts.open(access.visibleTo(actor), WORKLIST_SIZE);
		audit.record(actor, AuditAction.VIEW, "WORKLIST", null, null, open.size() + " open alerts");
		return open;
	}
}
