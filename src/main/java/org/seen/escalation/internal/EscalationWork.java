package org.seen.escalation.internal;

import java.time.LocalDate;
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
 * Open escalations in "My worklist": those I am a party to (by {@link ChildEscalations#PARTY_CONDITION},
 * the rule the escalation's page uses), and for managers and DSLs every one at stage 2 or above on
 * their agency's children. Overdue when the stage's deadline has passed. Only children the actor
 * may see.
 */
@Component
class EscalationWork implements WorklistSource {

	private final ChildAccess access;

	private final StageTimescales timescales;

	private final JdbcClient jdbc;

	EscalationWork(ChildAccess access, StageTimescales timescales, JdbcClient jdbc) {
		this.access = access;
		this.timescales = timescales;
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> workFor(Actor actor) {
		if (actor.practitioner() == null || !actor.role().isCasework()) {
			return List.of();
		}
		LocalDate today = timescales.today();
		VisibleChildren visible = access.visibleTo(actor);
		return ChildEscalations.bindParty(visible.bind(jdbc.sql("""
				select e.id, e.number, e.child_id, e.stage, e.stage_due_on, e.subject, wa.name as with_agency,
				       c.given_name || ' ' || c.family_name as child_name
				from escalation e join child c on c.id = e.child_id join agency wa on wa.id = e.with_agency_id
				where e.status = 'OPEN' and %s
				  and (%s or (:lead and e.stage >= 2))
				order by e.stage_due_on limit 200""".formatted(visible.condition("e.child_id"),
						ChildEscalations.PARTY_CONDITION))), actor)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("stage_due_on", LocalDate.class);
				int stage = rs.getInt("stage");
				return new WorkItem(rs.getObject("child_id", UUID.class), rs.getString("child_name"),
						"Escalation at stage " + stage,
						Escalation.reference(rs.getInt("number")) + ": " + Subject.valueOf(rs.getString("subject")).label()
								+ ", with " + rs.getString("with_agency") + " (" + Stage.of(stage).label().toLowerCase() + ")",
						due, StageTimescales.overdue(due, today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.ATTENTION,
						"/escalations/" + rs.getObject("id", UUID.class), "Open the escalation");
			})
			.list();
	}
}
