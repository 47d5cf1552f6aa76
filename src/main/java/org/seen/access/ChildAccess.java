package org.seen.access;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.seen.agencies.Involvements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one gate to a child's record: decides by involvement (or an open break-glass) whether the
 * actor may see the child, and writes the audit entry either way. A child the actor may not see
 * is indistinguishable from one that does not exist; the attempt is audited as DENIED.
 */
@Service
public class ChildAccess {

	/** The record type audited when someone reads who has seen a child's record. */
	public static final String AUDIT_TRAIL = "AUDIT_TRAIL";

	private final Involvements involvements;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RecordGrants grants;

	ChildAccess(Involvements involvements, AuditTrail audit, JdbcClient jdbc, Clock clock, RecordGrants grants) {
		this.involvements = involvements;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.grants = grants;
	}

	public VisibleChildren visibleTo(Actor actor) {
		Involvements.Scope scope = actor.practitioner() == null ? null
				: involvements.scope(actor.practitioner(), actor.role().seesWholeAgency());
		return new VisibleChildren(scope, actor.accountId(), Instant.now(clock));
	}

	/** Whether the actor may see the child now; writes nothing. */
	public boolean canSee(Actor actor, UUID childId) {
		VisibleChildren visible = visibleTo(actor);
		return visible
			.bind(jdbc.sql("select count(*) from child c where c.id = :child and " + visible.condition("c.id")))
			.param("child", childId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether the actor (or their team, or for whole-agency roles their agency) is involved with the
	 * child now. Unlike {@link #canSee}, breaking glass does not count: emergency access lets
	 * someone read and record, not join the team around the child or change who is in it.
	 */
	public boolean isInvolved(Actor actor, UUID childId) {
		if (actor.practitioner() == null) {
			return false;
		}
		Involvements.Scope scope = involvements.scope(actor.practitioner(), actor.role().seesWholeAgency());
		return scope.bind(jdbc.sql("select count(*) from child c where c.id = :child and " + scope.condition("c.id")))
			.param("child", childId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Admits the actor to the child's record for the given action, auditing it; or audits the
	 * denied attempt and returns false. A record grant (a case audit's panel member reading a sampled
	 * case) admits a VIEW only, and says so in the audit entry; every other action is decided
	 * without grants, so a grant never opens a write.
	 */
	public boolean admit(Actor actor, UUID childId, AuditAction action, String recordType, UUID recordId,
			String detail) {
		if (canSee(actor, childId)) {
			audit.record(actor, action, recordType, recordId, childId, detail);
			return true;
		}
		if (action == AuditAction.VIEW) {
			var granted = grants.heldNow(actor.accountId(), childId);
			if (granted.isPresent()) {
				String why = granted.get().detail();
				audit.record(actor, action, recordType, recordId, childId, detail == null ? why : detail + "; " + why);
				return true;
			}
		}
		audit.record(actor, AuditAction.DENIED, recordType, recordId, childId, action.name());
		return false;
	}

	/**
	 * Admits a read whose result is carried into another record (copying a sibling's grades into a
	 * new assessment) or throws {@link RecordNotFound}: a record grant is for reading the record in
	 * its own right, so it does not count here, as for any write.
	 */
	public void requireToCarry(Actor actor, UUID childId, String recordType, UUID recordId, String detail) {
		if (canSee(actor, childId)) {
			audit.record(actor, AuditAction.VIEW, recordType, recordId, childId, detail);
			return;
		}
		audit.record(actor, AuditAction.DENIED, recordType, recordId, childId, AuditAction.VIEW.name());
		throw new RecordNotFound();
	}

	/**
	 * Admits the actor to a child's audit trail ("who has seen this record"), auditing the view:
	 * auditors for any child that exists; a DSL or manager for a child they may see. Everyone else,
	 * and any child that does not exist, gets {@link RecordNotFound} and a DENIED entry.
	 */
	public void requireAuditTrail(Actor actor, UUID childId) {
		boolean allowed = switch (actor.role()) {
			case AUDITOR -> exists(childId);
			case DSL, MANAGER -> isInvolved(actor, childId);
			default -> false;
		};
		if (!allowed) {
			audit.record(actor, AuditAction.DENIED, AUDIT_TRAIL, childId, childId, AuditAction.VIEW.name());
			throw new RecordNotFound();
		}
		audit.record(actor, AuditAction.VIEW, AUDIT_TRAIL, childId, childId, null);
	}

	private boolean exists(UUID childId) {
		return jdbc.sql("select count(*) from child where id = ?").param(childId).query(Integer.class).single() > 0;
	}

	/** Admits or throws {@link RecordNotFound}, which every screen and the API show as 404. */
	public void require(Actor actor, UUID childId, AuditAction action, String recordType, UUID recordId,
			String detail) {
		if (!admit(actor, childId, action, recordType, recordId, detail)) {
			throw new RecordNotFound();
		}
	}
}
