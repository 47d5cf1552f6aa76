package org.seen.strategy.internal.audits;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One panel member's grades for one case: a grade and a comment for every question. */
public record Grading(UUID id, UUID caseId, UUID accountId, String auditorName, String agencyName, Instant gradedAt,
		int version, Map<UUID, Entry> grades) {

	public record Entry(Grade grade, String comment) {
	}

	public Entry of(UUID questionId) {
		return grades.get(questionId);
	}
}
