package org.seen.chronology.internal;

/** How much an event matters to the child's safety, in the recording practitioner's judgement. */
enum Significance {
	LOW("Low"), MEDIUM("Medium"), HIGH("High");

	private final String label;

	Significance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
