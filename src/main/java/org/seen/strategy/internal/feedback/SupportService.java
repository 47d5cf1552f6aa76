package org.seen.strategy.internal.feedback;

/** The support a practitioner's feedback is about. */
public enum SupportService {
	FRONT_DOOR("The front door"), MULTI_AGENCY_MEETING("A multi-agency meeting"), SUPERVISION("Supervision"),
	TRAINING("Training"), TOOLKIT("This toolkit (Seen)"), OTHER("Something else");

	private final String label;

	SupportService(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
