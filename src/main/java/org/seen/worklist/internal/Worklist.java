package org.seen.worklist.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.agencies.Involvements;
import org.seen.people.ChildRecords;
import org.seen.worklist.WorkItem;
import org.seen.worklist.WorklistSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers every module's work for the signed-in person, most urgent first, and the children they
 * themselves (or their team) work with, each with how much is waiting for them. Audited as one view.
 */
@Service
class Worklist {

	static final int MY_CHILDREN_LIMIT = 300;

	private final List<WorklistSource> sources;

	private final AuditTrail audit;

	private final Involvements involvements;

	private final ChildRecords children;

	private final JdbcClient jdbc;

	private final ChildAccess access;

	Worklist(List<WorklistSource> sources, AuditTrail audit, Involvements involvements, ChildRecords children,
			JdbcClient jdbc, ChildAccess access) {
		this.access = access;
		this.sources = sources;
		this.audit = audit;
		this.involvements = involvements;
		this.children = children;
		this.jdbc = jdbc;
	}

	@Transactional
	View of(Actor actor) {
		List<WorkItem> items = new ArrayList<>();
		for (WorklistSource source : sources) {
			items.addAll(source.workFor(actor));
		}
		items.sort(WorkItem.BY_URGENCY);
		List<MyChild> mine = myChildren(actor, items);
		audit.record(actor, AuditAction.VIEW, "WORKLIST", null, null,
				items.size() + " items, " + mine.size() + " children");
		return new View(items, mine);
	}

	/**
	 * The children the actor or their team is involved with personally (not their whole agency's),
	 * most urgent work first, then by name. Involvement is itself what lets them see these children.
	 */
	private List<MyChild> myChildren(Actor actor, List<WorkItem> items) {
		if (actor.practitioner() == null) {
			return List.of();
		}
		// within what the gate admits, narrowed to the actor's own (or their team's) involvement
		Involvements.Scope personal = involvements.scope(actor.practitioner(), false);
		org.seen.access.VisibleChildren visible = access.visibleTo(actor);
		List<UUID> ids = personal.bind(visible.bind(jdbc.sql("select c.id from child c where "
				+ visible.condition("c.id") + " and " + personal.condition("c.id") + " limit " + MY_CHILDREN_LIMIT)))
			.query(UUID.class)
			.list();
		Map<UUID, MyChild> byChild = new LinkedHashMap<>();
		children.summaries(ids).values().stream()
			.sorted(java.util.Comparator.comparing(summary -> summary.name()))
			.forEach(summary -> byChild.put(summary.id(), new MyChild(summary.id(), summary.name(), new ArrayList<>())));
		for (WorkItem item : items) {
			MyChild child = byChild.get(item.childId());
			if (child != null) {
				child.items().add(item);
			}
		}
		return byChild.values().stream()
			.sorted(java.util.Comparator.comparing(MyChild::mostUrgent, java.util.Comparator.nullsLast(
					java.util.Comparator.naturalOrder())).thenComparing(MyChild::name))
			.toList();
	}

	record View(List<WorkItem> items, List<MyChild> myChildren) {
	}

	record MyChild(UUID id, String name, List<WorkItem> items) {

		WorkItem.Urgency mostUrgent() {
			return items.isEmpty() ? null : items.get(0).urgency();
		}
	}
}
