package org.seen.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seen.plans.DriftCode;

/**
 * Drift found on a plan. Open until its condition no longer holds; a manager's decision answers
 * it until the date they chose to look again.
 */
public record Finding(UUID id, UUID planId, UUID childId, DriftCode code, String detail, LocalDate foundOn,
		LocalDate resolvedOn, String decision, LocalDate lookAgainOn, String decidedBy, Instant decidedAt, int version) {

	public boolean open() {
		return resolvedOn == null;
	}

	/** Whether a manager's decision covers it today. */
	public boolean answered(LocalDate today) {
		return lookAgainOn != null && lookAgainOn.isAfter(today);
	}
}
