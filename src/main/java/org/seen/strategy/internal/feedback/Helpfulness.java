package org.seen.strategy.internal.feedback;

/** The five answers to "How helpful is the support?", as the family view asks it; 4 and 5 count as helpful. */
public enum Helpfulness {
	VERY_HELPFUL(5, "Very helpful"), HELPFUL(4, "Helpful"), QUITE_HELPFUL(3, "Quite helpful"),
	NOT_VERY_HELPFUL(2, "Not very helpful"), NOT_AT_ALL(1, "Not helpful at all");

	private final int score;

	private final String label;

	Helpfulness(int score, String label) {
		this.score = score;
		this.label = label;
	}

	public int score() {
		return score;
	}

	public String label() {
		return label;
	}

	/** "Helpful or very helpful": the share the summary reports. */
	public static boolean helpful(int score) {
		return score >= 4;
	}
}
