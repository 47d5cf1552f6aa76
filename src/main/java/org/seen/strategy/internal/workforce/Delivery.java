package org.seen.strategy.internal.workforce;

/** How a course is delivered. */
public enum Delivery {
	FACE_TO_FACE("Face to face"), E_LEARNING("E-learning");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
