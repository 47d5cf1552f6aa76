package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A key performance indicator's figures as the plan shows and exports them. The plan is circulated,
 * so a count from 1 to 4 is withheld as "c" for everyone (see docs/insight-dashboard.md).
 */
public final class Figures {

	public static final String WITHHELD = "c";

	private Figures() {
	}

	/** Whether a figure in this unit is a small number that must not be shown. */
	public static boolean small(BigDecimal value, KpiUnit unit) {
		return value != null && unit == KpiUnit.COUNT && value.compareTo(BigDecimal.ONE) >= 0
				&& value.compareTo(BigDecimal.valueOf(4)) <= 0;
	}

	/** "12", "12.5", "45%", "c", or "" when there is no figure. */
	public static String show(BigDecimal value, KpiUnit unit) {
		if (value == null) {
			return "";
		}
		if (small(value, unit)) {
			return WITHHELD;
		}
		String plain = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		return unit == KpiUnit.PERCENT ? plain + "%" : plain;
	}
}
