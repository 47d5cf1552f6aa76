package org.seen.escalation;

import java.time.Instant;
import java.util.UUID;

/**
 * An escalation was resolved at {@code stage} with an {@code outcome}: AGREED, PLAN_CHANGED,
 * DECISION_CHANGED, DECISION_UPHELD or OTHER.
 */
public record EscalationResolved(UUID escalationId, UUID childId, int stage, String outcome, Instant at) {
}
