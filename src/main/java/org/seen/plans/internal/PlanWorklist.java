package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.ChildAccess;
import org.seen.access.Role;
import org.seen.access.VisibleChildren;
import org.seen.plans.DriftCode;
import org.seen.worklist.WorkItem;
import org.seen.worklist.WorklistSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What plans ask of the signed-in person: a lead to accept; drift on the plans they lead (and, for
 * managers and safeguarding leads, on every plan of a child their agency works with) until someone
 * responds; reviews due soon on plans they lead; actions they own that are overdue. Filtered in the
 * database to the children the actor may see.
 */
@Component
class PlanWorklist implements WorklistSource {

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final ChildAccess access;

	private final PlanSettings settings;

	private final DriftFindings drift;

	PlanWorklist(JdbcClient jdbc, ChildAccess access, PlanSettings settings, DriftFindings drift) {
		this.jdbc = jdbc;
		this.access = access;
		this.settings = settings;
		this.drift = drift;
	}

	@Override
	public List<WorkItem> workFor(Actor actor) {
		if (actor.practitionerId() == null) {
			return List.of();
		}
		VisibleChildren visible = access.visibleTo(actor);
		LocalDate today = drift.today();
		boolean oversees = actor.is(Role.MANAGER) || actor.is(Role.DSL);
		List<WorkItem> items = new ArrayList<>();
		visible.bind(jdbc.sql("""
				select p.id, p.child_id, c.given_name || ' ' || c.family_name as child_name, p.started_on
				from plan p join child c on c.id = p.child_id
				where p.closed_on is null and p.lead_accepted_at is null and p.lead_practitioner_id = :me and """
				+ visible.condition("p.child_id") + " order by p.started_on limit " + LIMIT))
			.param("me", actor.practitionerId())
			.query(rs -> {
				items.add(new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"), "Accept the lead",
						"You have been asked to lead the Team Around the Family plan", rs.getObject("started_on", LocalDate.class),
						WorkItem.Urgency.ATTENTION, "/plans/" + rs.getObject("id", UUID.class), "Accept the lead"));
			});
		visible.bind(jdbc.sql("""
				select f.plan_id, f.child_id, c.given_name || ' ' || c.family_name as child_name, f.code, f.detail,
				       f.found_on, p.next_review_on
				from drift_finding f join plan p on p.id = f.plan_id join child c on c.id = f.child_id
				where f.resolved_on is null and (f.look_again_on is null or f.look_again_on <= :today)
				  and (p.lead_practitioner_id = :me or :oversees) and """
				+ visible.condition("f.child_id") + " order by f.found_on limit " + LIMIT))
			.param("me", actor.practitionerId())
			.param("today", today)
			.param("oversees", oversees)
			.query(rs -> {
				DriftCode code = DriftCode.valueOf(rs.getString("code"));
				boolean late = code == DriftCode.REVIEW_OVERDUE || code == DriftCode.ACTIONS_OVERDUE;
				LocalDate due = code == DriftCode.REVIEW_OVERDUE ? rs.getObject("next_review_on", LocalDate.class)
						: rs.getObject("found_on", LocalDate.class);
				items.add(new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"),
						"Drift: " + code.label().toLowerCase(),
						rs.getString("detail") + ". Escalate, step up or record a manager's decision.", due,
						late ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.ATTENTION,
						"/plans/" + rs.getObject("plan_id", UUID.class) + "#drift", "Respond to the drift"));
			});
		visible.bind(jdbc.sql("""
				select p.id, p.child_id, c.given_name || ' ' || c.family_name as child_name, p.next_review_on
				from plan p join child c on c.id = p.child_id
				where p.closed_on is null and p.lead_practitioner_id = :me
				  and p.next_review_on between :today and :soon and """
				+ visible.condition("p.child_id") + " order by p.next_review_on limit " + LIMIT))
			.param("me", actor.practitionerId())
			.param("today", today)
			.param("soon", today.plusDays(settings.dueSoonDays()))
			.query(rs -> {
				items.add(new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"), "Review due",
						"The Team Around the Family plan's review is due", rs.getObject("next_review_on", LocalDate.class),
						WorkItem.Urgency.DUE_SOON, "/plans/" + rs.getObject("id", UUID.class) + "/reviews/new",
						"Record the review"));
			});
		visible.bind(jdbc.sql("""
				select p.id, p.child_id, c.given_name || ' ' || c.family_name as child_name, a.what, a.due_on
				from plan_action a join plan_member m on m.id = a.owner_member_id
				join plan p on p.id = a.plan_id join child c on c.id = p.child_id
				where p.closed_on is null and m.practitioner_id = :me and a.status in ('NOT_STARTED', 'IN_PROGRESS')
				  and a.due_on < :today and """
				+ visible.condition("p.child_id") + " order by a.due_on limit " + LIMIT))
			.param("me", actor.practitionerId())
			.param("today", today)
			.query(rs -> {
				items.add(new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"), "Action overdue",
						rs.getString("what"), rs.getObject("due_on", LocalDate.class), WorkItem.Urgency.OVERDUE,
						"/plans/" + rs.getObject("id", UUID.class) + "#actions", "Update the action"));
			});
		items.sort(WorkItem.BY_URGENCY);
		return List.copyOf(items);
	}
}
