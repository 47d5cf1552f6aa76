package org.seen.strategy.internal.workforce;

/** Whether a course is for one agency's staff or brings agencies together. */
public enum Reach {
	SINGLE_AGENCY("Single-agency"), MULTI_AGENCY("Multi-agency");

	private final String label;

	Reach(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
