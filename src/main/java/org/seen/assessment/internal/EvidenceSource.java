package org.seen.assessment.internal;

/** How the practitioner knows what a grade rests on. */
public enum EvidenceSource {

	SEEN("Seen by me"), HEARD("Heard by me from the child or family"), REPORTED("Reported by someone else");

	private final String label;

	EvidenceSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
