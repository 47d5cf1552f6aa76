package org.seen.escalation.internal;

import java.time.LocalDate;

/**
 * An escalation as one reader may see it: {@code childName} is null for the partnership, which
 * is not involved with the child; {@code mayAct} says whether they may move it up or resolve it.
 */
public record EscalationView(Escalation escalation, Standing standing, String childName, boolean mayAct, LocalDate today) {

	public boolean overdue() {
		return escalation.overdue(today);
	}

	public long daysOpen() {
		return escalation.daysOpen(today);
	}

	public boolean showsChild() {
		return childName != null;
	}

	public boolean recordReachable() {
		return standing == Standing.CHILD;
	}
}
