package org.seen.assessment.internal;

/** What a record of the child's voice holds. */
public enum VoiceKind {

	WORDS("The child's own words"),
	OBSERVED("What was observed of a day in the child's life (for a baby or a child who cannot say)"),
	NOT_GATHERED("The child's voice could not be gathered");

	private final String label;

	VoiceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the record lets the child be heard; a reason it could not be gathered does not. */
	public boolean heard() {
		return this != NOT_GATHERED;
	}
}
