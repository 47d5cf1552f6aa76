package org.seen.people;

public enum Sex {
	FEMALE("Female"), MALE("Male"), UNKNOWN("Not known");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
