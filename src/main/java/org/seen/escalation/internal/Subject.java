package org.seen.escalation.internal;

/** What the disagreement is about. */
public enum Subject {
	PLAN("A child’s plan"),
	FRONT_DOOR_DECISION("A front door decision"),
	LEVEL_OF_NEED("A level of need"),
	OTHER("Something else");

	private final String label;

	Subject(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
