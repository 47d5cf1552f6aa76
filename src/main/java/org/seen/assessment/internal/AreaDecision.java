package org.seen.assessment.internal;

/** The practitioner's grade for an area: the proposed one confirmed, or overridden with a reason. */
public record AreaDecision(String areaId, int proposedGrade, int confirmedGrade, String overrideReason) {

	public boolean overridden() {
		return confirmedGrade != proposedGrade;
	}
}
