package org.seen.strategy.internal.actionplan;

/** Whether an action is still being worked on. */
public enum ItemStatus {

	OPEN("Open"), COMPLETE("Complete"), WITHDRAWN("Withdrawn");

	private final String label;

	ItemStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
