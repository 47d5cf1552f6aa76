package org.seen.escalation;

import java.time.Instant;
import java.util.UUID;

/**
 * A practitioner raised a disagreement about a child with another agency. {@code subject} is one
 * of PLAN, FRONT_DOOR_DECISION, LEVEL_OF_NEED, OTHER. Holds ids and codes only.
 */
public record EscalationRaised(UUID escalationId, UUID childId, String subject, UUID raisingAgencyId,
		UUID withAgencyId, Instant at) {
}
