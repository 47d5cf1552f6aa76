package org.seen.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The DfE's rule for small numbers: a count from 1 to 4 is shown as "c" (withheld to protect
 * confidentiality), as is any rate built from one. Analysts see the raw figures. Public within
 * the module so that the live measures (internal.live) withhold by the same rule.
 */
public record Suppression(boolean raw) {

	public static final String WITHHELD = "c";

	public static final Suppression NONE = new Suppression(true);

	public static final Suppression SMALL_NUMBERS = new Suppression(false);

	public static boolean small(long count) {
		return count >= 1 && count <= 4;
	}

	/** The count, or "c". */
	public Object count(long count) {
		return !raw && small(count) ? WITHHELD : count;
	}

	/** The percentage to one decimal place, "c" when built from a small number, null with nothing to divide by. */
	public Object rate(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		if (!raw && (small(numerator) || small(denominator))) {
			return WITHHELD;
		}
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}
}
