package org.seen.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What was recorded for one item of an assessment. Every field but the item id may be empty in a
 * draft; a completed assessment has a grade for every item that applies to the child.
 */
public record AssessedItem(String itemId, Integer grade, String evidence, EvidenceSource evidenceSource,
		String reportedBy, String parentView, String childView, Integer homeConditions, Integer targetGrade,
		LocalDate reviewBy, UUID copiedFrom, String updatedBy, Instant updatedAt, int version) {

	public static AssessedItem empty(String itemId) {
		return new AssessedItem(itemId, null, null, null, null, null, null, null, null, null, null, null, null, -1);
	}

	public boolean graded() {
		return grade != null;
	}

	/** Grades 3 to 5 are needs that must change. */
	public boolean needsChange() {
		return grade != null && grade >= 3;
	}

	public boolean stored() {
		return version >= 0;
	}
}
