package org.seen.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A plan closed, with the reason's code (OUTCOMES_ACHIEVED, STEPPED_UP, STEPPED_DOWN, MOVED_AWAY, CONSENT_WITHDRAWN, OTHER). */
public record PlanClosed(UUID planId, UUID childId, String reason, LocalDate startedOn, LocalDate closedOn) {
}
