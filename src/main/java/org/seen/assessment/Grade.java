package org.seen.assessment;

/**
 * A grade on the 1–5 scale: 1 means the child's needs are consistently met, 5 that they are not
 * met and the child is harmed. Grades 3 to 5 are needs that must change; 4 and 5 identify neglect.
 */
public record Grade(int value) {

	public static final int BEST = 1;

	public static final int WORST = 5;

	public Grade {
		if (value < BEST || value > WORST) {
			throw new IllegalArgumentException("A grade is from 1 to 5, not " + value);
		}
	}

	public static boolean valid(int value) {
		return value >= BEST && value <= WORST;
	}

	public boolean needsChange() {
		return value >= 3;
	}

	public boolean identifiesNeglect() {
		return value >= 4;
	}

	public boolean strength() {
		return value <= 2;
	}
}
