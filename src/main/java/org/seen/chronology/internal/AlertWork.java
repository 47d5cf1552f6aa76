package org.seen.chronology.internal;

import java.time.ZoneId;
import java.util.List;

import org.seen.access.Actor;
import org.seen.access.ChildAccess;
import org.seen.worklist.WorkItem;
import org.seen.worklist.WorklistSource;
import org.springframework.stereotype.Component;

/** Open pattern alerts on the children the actor may see, for their worklist: each needs someone to look. */
@Component
class AlertWork implements WorklistSource {

	private static final java.time.format.DateTimeFormatter RAISED = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy", java.util.Locale.UK);

	private final PatternAlerts alerts;

	private final ChildAccess access;

	AlertWork(PatternAlerts alerts, ChildAccess access) {
		this.alerts = alerts;
		this.access = access;
	}

	@Override
	public List<WorkItem> workFor(Actor actor) {
		return alerts.open(access.visibleTo(actor), ChildAlerts.WORKLIST_SIZE)
			.stream()
			.map(alert -> new WorkItem(alert.childId(), alert.childName(), alert.code().label(),
					alert.reason() + " (" + alert.events() + " entries), raised "
							+ RAISED.format(alert.raisedAt().atZone(ZoneId.of("Europe/London"))),
					null, WorkItem.Urgency.ATTENTION,
					"/children/" + alert.childId() + "/alerts/" + alert.alertId() + "/acknowledge", "Review"))
			.toList();
	}
}
