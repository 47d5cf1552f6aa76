package org.seen.worklist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * One thing to do for a child: what it is ({@code kind}, such as "Review overdue"), a line of
 * detail, when it is or was due (may be null), how urgent, and where to act on it.
 */
public record WorkItem(UUID childId, String childName, String kind, String detail, LocalDate due, Urgency urgency,
		String link, String linkText) {

	/** Most urgent first. */
	public enum Urgency {
		/** Past its date: a review, an action, an escalation stage. */
		OVERDUE("Overdue", "red"),
		/** A warning that needs someone to look: an alert, drift, an open escalation. */
		ATTENTION("Needs attention", "orange"),
		/** Due within the next two weeks. */
		DUE_SOON("Due soon", "yellow"),
		/** Open, nothing pressing. */
		OPEN("Open", "grey");

		private final String label;

		private final String colour;

		Urgency(String label, String colour) {
			this.label = label;
			this.colour = colour;
		}

		public String label() {
			return label;
		}

		/** The GOV.UK tag colour. */
		public String colour() {
			return colour;
		}
	}

	/** By urgency, then the oldest due date, then the child's name. */
	public static final Comparator<WorkItem> BY_URGENCY = Comparator.comparing(WorkItem::urgency)
		.thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WorkItem::childName);
}
