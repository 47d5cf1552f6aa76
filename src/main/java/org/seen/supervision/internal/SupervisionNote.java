package org.seen.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One supervision session about a child: who, when, the reflection, what was decided, and when next. */
public record SupervisionNote(UUID id, UUID childId, String childName, UUID workerPractitioner, String workerName,
		UUID supervisorPractitioner, String supervisorName, LocalDate heldOn, String stuck, String known,
		String livedExperience, String decisions, String actions, LocalDate nextOn, Instant recordedAt, int version) {
}
