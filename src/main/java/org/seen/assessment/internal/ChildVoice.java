package org.seen.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A record of the child's voice: what they said, feel and wish, or what was observed, or why neither. */
public record ChildVoice(UUID id, UUID childId, LocalDate gatheredOn, VoiceKind kind, String words, String worries,
		String goodThings, String wishes, String observed, String notGatheredReason, String howGathered,
		String gatheredBy, Instant recordedAt, UUID assessmentId, List<String> itemIds) {
}
