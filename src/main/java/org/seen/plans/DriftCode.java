package org.seen.plans;

/** The kinds of drift a plan can show, each of which asks someone to act. */
public enum DriftCode {
	/** The next review date has passed. */
	REVIEW_OVERDUE("Review overdue"),
	/** An action is past its due date and not done. */
	ACTIONS_OVERDUE("Actions overdue"),
	/** The items the plan is meant to change are no better after several reviews or months. */
	NO_IMPROVEMENT("No improvement"),
	/** An early-help plan has been open for more than a year. */
	PLAN_OPEN_LONG("Plan open a long time"),
	/** The last review recorded no child's voice. */
	NO_CHILD_VOICE_AT_REVIEW("No child's voice at the last review");

	private final String label;

	DriftCode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
