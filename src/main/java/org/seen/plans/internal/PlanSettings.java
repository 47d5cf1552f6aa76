package org.seen.plans.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How plans are run, from {@code seen.plans.*}: the weeks between reviews the next review date
 * defaults to, and the thresholds of the drift checks.
 *
 * @param reviewIntervalWeeks the default gap from one review to the next
 * @param dueSoonDays         a review this many days away shows as due soon in the worklist
 */
@ConfigurationProperties("seen.plans")
record PlanSettings(@DefaultValue("6") int reviewIntervalWeeks, @DefaultValue("14") int dueSoonDays,
		@DefaultValue Drift drift) {

	PlanSettings {
		if (reviewIntervalWeeks < 1 || reviewIntervalWeeks > 26) {
			throw new IllegalStateException("seen.plans.review-interval-weeks must be from 1 to 26");
		}
	}

	/**
	 * @param noImprovementReviews after this many reviews with no linked item better than its baseline, drift
	 * @param noImprovementMonths  or after this many months of the plan with no linked item better
	 * @param openLongMonths       an early-help plan open longer than this is drift
	 */
	record Drift(@DefaultValue("3") int noImprovementReviews, @DefaultValue("6") int noImprovementMonths,
			@DefaultValue("12") int openLongMonths) {
	}

	static PlanSettings defaults() {
		return new PlanSettings(6, 14, new Drift(3, 6, 12));
	}
}
