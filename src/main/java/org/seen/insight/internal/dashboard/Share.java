package org.seen.insight.internal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share built from two counts as they are shown: "c" when either is withheld (so a share never
 * gives away a small number), nothing when there is nothing to divide by, otherwise the
 * percentage to one decimal place. On raw counts this is the census API's own rate.
 */
final class Share {

	static final String WITHHELD = "c";

	private Share() {
	}

	static Object of(Object numerator, Object denominator) {
		if (numerator == null || denominator == null) {
			return null;
		}
		if (!(numerator instanceof Number n) || !(denominator instanceof Number d)) {
			return WITHHELD;
		}
		if (d.longValue() == 0) {
			return null;
		}
		return BigDecimal.valueOf(n.longValue() * 100L).divide(BigDecimal.valueOf(d.longValue()), 1, RoundingMode.HALF_UP);
	}
}
