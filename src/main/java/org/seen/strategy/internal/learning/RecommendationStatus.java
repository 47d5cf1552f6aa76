package org.seen.strategy.internal.learning;

/** How a recommendation stands. "Not accepted" always carries the partnership's reason. */
enum RecommendationStatus {
	NOT_STARTED("Not started", "govuk-tag--grey"),
	IN_PROGRESS("In progress", "govuk-tag--blue"),
	COMPLETE("Complete", "govuk-tag--green"),
	NOT_ACCEPTED("Not accepted", "govuk-tag--orange");

	private final String label;

	private final String tag;

	RecommendationStatus(String label, String tag) {
		this.label = label;
		this.tag = tag;
	}

	public String label() {
		return label;
	}

	public String tag() {
		return tag;
	}

	/** Still to be delivered: counted as open, and overdue once past its due date. */
	public boolean open() {
		return this == NOT_STARTED || this == IN_PROGRESS;
	}
}
