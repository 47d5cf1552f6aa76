package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;

/**
 * Where a key performance indicator stands, worked out from its figures rather than typed: the
 * current value compared with the target, then with the baseline, in the direction that is better.
 * A withheld figure (1 to 4) is no figure, so it gives "No data yet".
 */
public enum KpiStatus {

	TARGET_MET("Target met", "govuk-tag--green"),
	IMPROVING("Improving", "govuk-tag--turquoise"),
	NO_CHANGE("No change", "govuk-tag--grey"),
	WORSE("Worse than baseline", "govuk-tag--red"),
	NO_DATA("No data yet", "govuk-tag--grey");

	private final String label;

	private final String tag;

	KpiStatus(String label, String tag) {
		this.label = label;
		this.tag = tag;
	}

	public String label() {
		return label;
	}

	public String tag() {
		return tag;
	}

	/**
	 * The status of a value. With no target, only the baseline is compared; with no baseline a value
	 * short of its target has nothing to improve on, so it is "No change".
	 */
	public static KpiStatus of(Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal current) {
		if (current == null) {
			return NO_DATA;
		}
		if (target != null && !direction.better(target, current)) {
			return TARGET_MET;
		}
		if (baseline == null) {
			return NO_CHANGE;
		}
		if (direction.better(current, baseline)) {
			return IMPROVING;
		}
		if (direction.better(baseline, current)) {
			return WORSE;
		}
		return NO_CHANGE;
	}
}
