package org.seen.assessment.internal;

public enum AssessmentStatus {

	DRAFT("Draft"), COMPLETED("Completed");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
