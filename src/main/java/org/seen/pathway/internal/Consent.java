package org.seen.pathway.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;

/** A family's consent to early help: who gave it, for what, how and when, and when it was withdrawn. */
record Consent(UUID id, UUID childId, String givenBy, UUID givenByAdult, String purpose, HowGiven how, LocalDate givenOn,
		LawfulBasis lawfulBasis, LocalDate withdrawnOn, String withdrawnReason, String recordedBy, Instant recordedAt,
		int version) {

	/** Given on or before the day and not withdrawn by then. */
	public boolean standsOn(LocalDate day) {
		return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
	}

	public boolean withdrawn() {
		return withdrawnOn != null;
	}
}
