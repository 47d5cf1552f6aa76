package org.seen.assessment.internal;

/** How one item's grade moved between two assessments of the same child. */
public record ItemChange(String itemId, String title, String areaTitle, Integer before, Integer after) {

	public enum Direction {
		BETTER("Better"), SAME("The same"), WORSE("Worse"), NOT_COMPARABLE("Not graded in both");

		private final String label;

		Direction(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Lower grades are better: 1 means the child's needs are consistently met. */
	public Direction direction() {
		if (before == null || after == null) {
			return Direction.NOT_COMPARABLE;
		}
		return after < before ? Direction.BETTER : after > before ? Direction.WORSE : Direction.SAME;
	}
}
