package org.seen.strategy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The partnership's rule for small numbers in anything circulated: a count from 1 to 4 is shown as
 * "c", and so is a mean or share built from fewer than 5 people. The figures on these pages and in
 * their exports go round the subgroup, so the rule applies to everyone who reads them. Every part of
 * the strategy module (training, surveys, feedback, audits, learning) withholds by this one rule.
 */
public final class SmallNumbers {

	public static final String WITHHELD = "c";

	/** The fewest people a mean or share may rest on. */
	public static final int PEOPLE = 5;

	private SmallNumbers() {
	}

	public static boolean small(long count) {
		return count >= 1 && count <= 4;
	}

	/** The count as text, or "c". */
	public static String count(long count) {
		return small(count) ? WITHHELD : String.valueOf(count);
	}

	/** A mean to one decimal place, "c" when fewer than 5 gave it, "–" when nobody did. */
	public static String mean(double sum, long people) {
		if (people == 0) {
			return "–";
		}
		if (people < PEOPLE) {
			return WITHHELD;
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A percentage to the whole number, "c" when either number is small, "–" with nothing to divide by. */
	public static String share(long part, long whole) {
		if (whole == 0) {
			return "–";
		}
		if (small(part) || small(whole)) {
			return WITHHELD;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP) + "%";
	}
}
