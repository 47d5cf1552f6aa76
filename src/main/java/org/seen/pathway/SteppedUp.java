package org.seen.pathway;

import java.time.Instant;
import java.util.UUID;

/** A child was stepped up from early help to the front door by a referral. */
public record SteppedUp(UUID childId, UUID referralId, String fromLevelCode, String toLevelCode, Instant at) {
}
