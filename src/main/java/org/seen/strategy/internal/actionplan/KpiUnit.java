package org.seen.strategy.internal.actionplan;

/** What a key performance indicator counts: a number of children or cases, or a percentage. */
public enum KpiUnit {

	COUNT("Number"), PERCENT("Percentage");

	private final String label;

	KpiUnit(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
