package org.seen.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One child's assessment with one version of a tool: who took part, what was recorded per item,
 * and the confirmed grade per area.
 */
public record Assessment(UUID id, UUID childId, String toolId, int toolVersion, String ageBandId, LocalDate assessedOn,
		AssessmentStatus status, List<UUID> present, String othersPresent, String createdBy, UUID agencyId,
		Instant createdAt, String completedBy, Instant completedAt, String countersignedBy, Instant countersignedAt,
		String countersignNote, int version, Map<String, AssessedItem> items, Map<String, AreaDecision> areas) {

	public AssessedItem item(String itemId) {
		return items.getOrDefault(itemId, AssessedItem.empty(itemId));
	}

	public boolean draft() {
		return status == AssessmentStatus.DRAFT;
	}

	public boolean completed() {
		return status == AssessmentStatus.COMPLETED;
	}

	public boolean countersigned() {
		return countersignedAt != null;
	}
}
