package org.seen.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;
import org.seen.pathway.LevelOfNeed;

/**
 * A Team Around the Family plan's own record: level, consent (or, without it, the reason and the
 * lawful basis for sharing), lead, dates and closure.
 */
public record Plan(UUID id, UUID childId, String levelCode, LevelOfNeed.Kind levelKind, boolean withConsent,
		String withoutConsentReason, LawfulBasis withoutConsentLawfulBasis, UUID leadPractitionerId, Instant leadAcceptedAt, String meetingPlace,
		LocalDate startedOn, String startedBy, LocalDate nextReviewOn, LocalDate closedOn, ClosureReason closureReason,
		String closureNote, String closedBy, int version) {

	public boolean open() {
		return closedOn == null;
	}

	public boolean leadAccepted() {
		return leadAcceptedAt != null;
	}

	public boolean earlyHelp() {
		return levelKind == LevelOfNeed.Kind.EARLY_HELP;
	}

	/** Why a plan ends. */
	public enum ClosureReason {
		OUTCOMES_ACHIEVED("Outcomes achieved"), STEPPED_UP("Stepped up to children's social care"),
		STEPPED_DOWN("Stepped down to universal services"), MOVED_AWAY("The family moved away"),
		CONSENT_WITHDRAWN("The family withdrew consent"), OTHER("Another reason");

		private final String label;

		ClosureReason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
