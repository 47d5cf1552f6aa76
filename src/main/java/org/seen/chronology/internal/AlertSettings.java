package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Each pattern rule's thresholds, under {@code seen.alerts.<rule>.*}, so that a partnership can
 * tune them to its own strategy. The defaults are those the partnership strategies name.
 */
@ConfigurationProperties("seen.alerts")
record AlertSettings(@DefaultValue WasNotBrought wasNotBroughtRepeated, @DefaultValue Injuries injuriesRepeated,
		@DefaultValue Absence schoolAbsence, @DefaultValue Unseen notSeen, @DefaultValue Workers manyWorkers,
		@DefaultValue Concerns concernsAccumulating) {

	record WasNotBrought(@DefaultValue("true") boolean enabled, @DefaultValue("P6M") Period window,
			@DefaultValue("3") int threshold, @DefaultValue("2") int vulnerableThreshold) {
	}

	record Injuries(@DefaultValue("true") boolean enabled, @DefaultValue("P12M") Period window,
			@DefaultValue("2") int threshold, @DefaultValue("true") boolean anyInjuryUnderOne) {
	}

	record Absence(@DefaultValue("true") boolean enabled, @DefaultValue("P12M") Period window,
			@DefaultValue("90") BigDecimal attendanceBelow) {
	}

	record Unseen(@DefaultValue("true") boolean enabled, @DefaultValue("28") int days) {
	}

	record Workers(@DefaultValue("true") boolean enabled, @DefaultValue("P12M") Period window,
			@DefaultValue("3") int threshold) {
	}

	record Concerns(@DefaultValue("true") boolean enabled, @DefaultValue("P90D") Period window,
			@DefaultValue("5") int threshold, @DefaultValue("2") int agencies) {
	}
}
