package org.seen.supervision.internal;

import java.time.Instant;
import java.util.UUID;

/** A worker's flag that they feel stuck with a case and want supervision, open until their next note. */
public record SupervisionRequest(UUID id, UUID childId, String childName, UUID workerPractitioner, String workerName,
		UUID supervisorPractitioner, String supervisorName, String reason, Instant flaggedAt) {
}
