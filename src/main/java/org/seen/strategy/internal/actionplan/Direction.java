package org.seen.strategy.internal.actionplan;

/** Which way a key performance indicator should move. */
public enum Direction {

	HIGHER_IS_BETTER("Higher is better"), LOWER_IS_BETTER("Lower is better");

	private final String label;

	Direction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether {@code value} is better than {@code than} in this direction (equal is not better). */
	boolean better(java.math.BigDecimal value, java.math.BigDecimal than) {
		int compared = value.compareTo(than);
		return this == HIGHER_IS_BETTER ? compared > 0 : compared < 0;
	}
}
