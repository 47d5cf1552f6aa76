package org.seen.pathway;

import java.time.Instant;
import java.util.UUID;

/** A child was stepped down from children's social care to early help, with an accepted early-help plan. */
public record SteppedDown(UUID childId, UUID levelDecisionId, String fromLevelCode, String toLevelCode, Instant at) {
}
