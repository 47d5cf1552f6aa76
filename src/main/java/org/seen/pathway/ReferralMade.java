package org.seen.pathway;

import java.time.Instant;
import java.util.UUID;

/** A request for service reached the front door. */
public record ReferralMade(UUID referralId, UUID childId, UUID toAgencyId, boolean stepUp, Instant at) {
}
