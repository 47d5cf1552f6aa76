package org.seen.pathway.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.ChildAccess;
import org.seen.access.Role;
import org.seen.access.VisibleChildren;
import org.seen.calendar.WorkingDays;
import org.seen.worklist.WorkItem;
import org.seen.worklist.WorklistSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pathway's part of "My worklist": for the front door (and managers of its agency), referrals
 * waiting, overdue after a number of working hours; for a referrer, decisions not yet read; for a
 * DSL or manager, level decisions in their agency waiting for a countersignature.
 */
@Component
class PathwayWork implements WorklistSource {

	private final ChildAccess access;

	private final Referrals referrals;

	private final FrontDoor frontDoor;

	private final JdbcClient jdbc;

	PathwayWork(ChildAccess access, Referrals referrals, FrontDoor frontDoor, JdbcClient jdbc) {
		this.access = access;
		this.referrals = referrals;
		this.frontDoor = frontDoor;
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> workFor(Actor actor) {
		if (actor.practitioner() == null || !actor.role().isCasework()) {
			return List.of();
		}
		VisibleChildren visible = access.visibleTo(actor);
		List<WorkItem> items = new ArrayList<>();
		if (actor.is(Role.FRONT_DOOR) || actor.is(Role.MANAGER)) {
			for (Referrals.Waiting w : referrals.waiting(actor.agencyId(), visible, 200)) {
				Referral r = w.referral();
				boolean overdue = frontDoor.overdue(r);
				items.add(new WorkItem(r.childId(), w.childName(), r.stepUp() ? "Step-up waiting" : "Referral waiting",
						"Waiting " + FrontDoor.inWorkingHours(frontDoor.waiting(r))
								+ (w.referrerAgency() != null ? ", from " + w.referrerAgency() : ""),
						day(r.referredAt()), overdue ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.ATTENTION,
						"/referrals/" + r.id(), "Read the referral"));
			}
		}
		for (Referrals.Waiting w : referrals.decidedUnread(actor.accountId(), visible)) {
			Referral r = w.referral();
			items.add(new WorkItem(r.childId(), w.childName(), "Referral decided", r.decision().label(),
					day(r.decidedAt()), WorkItem.Urgency.ATTENTION, "/referrals/" + r.id(), "Read the decision"));
		}
		if (actor.is(Role.DSL) || actor.is(Role.MANAGER)) {
			items.addAll(awaitingCountersignature(actor, visible));
		}
		return items;
	}

	/** The newest decision for each child the actor sees, made in their agency by someone else, not yet countersigned. */
	private List<WorkItem> awaitingCountersignature(Actor actor, VisibleChildren visible) {
		return visible.bind(jdbc.sql("""
				select d.id, d.child_id, d.decided_at, d.decided_by, c.given_name || ' ' || c.family_name as child_name
				from level_decision d join child c on c.id = d.child_id
				where d.countersigned_at is null and d.agency_id = :agency
				  and (d.decided_by_account is null or d.decided_by_account <> :me)
				  and d.decided_at = (select max(n.decided_at) from level_decision n where n.child_id = d.child_id)
				  and %s
				order by d.decided_at limit 200""".formatted(visible.condition("d.child_id"))))
			.param("agency", actor.agencyId())
			.param("me", actor.accountId())
			.query((rs, n) -> new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"),
					"Level of need to countersign", "Decided by " + rs.getString("decided_by"),
					day(rs.getTimestamp("decided_at")), WorkItem.Urgency.OPEN,
					"/level-decisions/" + rs.getObject("id", UUID.class) + "/countersign", "Countersign"))
			.list();
	}

	private static LocalDate day(java.time.Instant at) {
		return at == null ? null : at.atZone(WorkingDays.ENGLAND).toLocalDate();
	}

	private static LocalDate day(Timestamp at) {
		return at == null ? null : day(at.toInstant());
	}
}
