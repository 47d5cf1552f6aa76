package org.seen.pathway;

import java.time.Instant;
import java.util.UUID;

/** The front door decided a referral; published for the partnership's measures. */
public record ReferralDecided(UUID referralId, UUID childId, ReferralDecision decision, boolean stepUp,
		Instant referredAt, Instant decidedAt) {
}
