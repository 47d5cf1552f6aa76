package org.seen.family.internal;

/**
 * What a family member thinks of the help: how helpful it is from 1 (not at all) to 5 (very),
 * what is helping, what could be better and anything else, each at most 2,000 characters.
 */
public record Feedback(int helpfulness, String helping, String couldBeBetter, String anythingElse) {

	static final int MAX_LENGTH = 2000;

	public String helpfulnessLabel() {
		return switch (helpfulness) {
			case 1 -> "Not helpful at all";
			case 2 -> "Not very helpful";
			case 3 -> "Quite helpful";
			case 4 -> "Helpful";
			default -> "Very helpful";
		};
	}
}
