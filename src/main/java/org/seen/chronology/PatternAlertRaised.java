package org.seen.chronology;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a cumulative-pattern alert is raised for a child, so that other modules
 * (plans, escalation) can react without depending on the chronology's internals. Ids only.
 */
public record PatternAlertRaised(UUID alertId, UUID childId, AlertCode code, Instant raisedAt) {
}
