package org.seen.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.ChildAccess;
import org.seen.access.VisibleChildren;
import org.seen.worklist.WorkItem;
import org.seen.worklist.WorklistSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supervision in "My worklist", for the worker and the supervisor only: the next supervision
 * within 14 days or overdue (from the newest note per child and worker), and for the supervisor
 * each open request from a worker who feels stuck.
 */
@Component
class SupervisionWork implements WorklistSource {

	static final int DUE_SOON_DAYS = 14;

	private final ChildAccess access;

	private final SupervisionNotes notes;

	private final JdbcClient jdbc;

	SupervisionWork(ChildAccess access, SupervisionNotes notes, JdbcClient jdbc) {
		this.access = access;
		this.notes = notes;
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> workFor(Actor actor) {
		if (actor.practitionerId() == null || !actor.role().isCasework()) {
			return List.of();
		}
		LocalDate today = notes.today();
		VisibleChildren visible = access.visibleTo(actor);
		List<WorkItem> items = new ArrayList<>(visible.bind(jdbc.sql("""
				select n.id, n.child_id, n.next_on, c.given_name || ' ' || c.family_name as child_name,
				       n.worker_practitioner = :me as as_worker, n.worker_name, n.supervisor_name
				from supervision_note n join child c on c.id = n.child_id
				where (n.worker_practitioner = :me or n.supervisor_practitioner = :me) and n.next_on is not null
				  and n.next_on <= :soon and %s
				  and not exists (select 1 from supervision_note later where later.child_id = n.child_id
				    and later.worker_practitioner = n.worker_practitioner
				    and (later.held_on > n.held_on or (later.held_on = n.held_on and later.recorded_at > n.recorded_at)))
				order by n.next_on limit 200""".formatted(visible.condition("n.child_id"))))
			.param("me", actor.practitionerId())
			.param("soon", today.plusDays(DUE_SOON_DAYS))
			.query((rs, n) -> {
				LocalDate next = rs.getObject("next_on", LocalDate.class);
				boolean worker = rs.getBoolean("as_worker");
				return new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"), "Supervision due",
						worker ? "With " + rs.getString("supervisor_name") : "Supervising " + rs.getString("worker_name"),
						next, next.isBefore(today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE_SOON,
						"/supervision/notes/" + rs.getObject("id", UUID.class), "Open the last supervision note");
			})
			.list());
		items.addAll(visible.bind(jdbc.sql("""
				select r.child_id, r.worker_name, c.given_name || ' ' || c.family_name as child_name
				from supervision_request r join child c on c.id = r.child_id
				where r.closed_at is null and r.supervisor_practitioner = :me and %s
				order by r.flagged_at limit 200""".formatted(visible.condition("r.child_id"))))
			.param("me", actor.practitionerId())
			.query((rs, n) -> new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"),
					"Supervision asked for", rs.getString("worker_name") + " feels stuck with this case", null,
					WorkItem.Urgency.ATTENTION, "/children/" + rs.getObject("child_id", UUID.class) + "/supervision",
					"See the request"))
			.list());
		return items;
	}
}
