package org.seen.escalation.internal;

/** How a disagreement ended, counted by the partnership. */
public enum Outcome {
	AGREED("Agreed: no change needed"),
	PLAN_CHANGED("The plan was changed"),
	DECISION_CHANGED("The decision was changed"),
	DECISION_UPHELD("The decision was upheld"),
	OTHER("Other");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
