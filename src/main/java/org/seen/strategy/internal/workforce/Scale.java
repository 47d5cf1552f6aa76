package org.seen.strategy.internal.workforce;

import java.util.List;

/** How a survey question is answered: a score from 1 to 10, or agreement on five points (5 is strongly agree). */
public enum Scale {
	ONE_TO_TEN("From 1 to 10"), AGREEMENT("Strongly agree to strongly disagree");

	private static final List<String> AGREEMENT_LABELS = List.of("Strongly disagree", "Disagree",
			"Neither agree nor disagree", "Agree", "Strongly agree");

	private final String label;

	Scale(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public int max() {
		return this == ONE_TO_TEN ? 10 : 5;
	}

	/** The answer's words: the number itself, or the agreement it stands for. */
	public String answerLabel(int value) {
		return this == ONE_TO_TEN ? String.valueOf(value) : AGREEMENT_LABELS.get(value - 1);
	}

	/** The answers from the top of the scale down, as the form lists them. */
	public List<Integer> answers() {
		return java.util.stream.IntStream.rangeClosed(1, max()).map(i -> max() + 1 - i).boxed().toList();
	}
}
