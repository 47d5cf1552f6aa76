package org.seen.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An escalation went up a stage: by someone who could not resolve it ({@code automatic} false),
 * or on its own because the stage's timescale passed. {@code dueOn} is the new stage's deadline.
 */
public record EscalationMovedUp(UUID escalationId, UUID childId, int fromStage, int toStage, boolean automatic,
		LocalDate dueOn, Instant at) {
}
