package org.seen.pathway.internal;

import java.time.Instant;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;
import org.seen.pathway.ReferralDecision;

/** A request for service to the front door, and the front door's decision once made. */
record Referral(UUID id, UUID childId, UUID toAgencyId, String requestedLevelCode, boolean stepUp,
		String fromLevelCode, String reason, String familyKnows, UUID consentId, String withoutConsentReason,
		LawfulBasis withoutConsentLawfulBasis, Attachments attached, String referredBy, UUID referredByAccount,
		UUID referredByPractitioner, UUID referrerAgencyId, Instant referredAt, ReferralDecision decision,
		String decisionRationale, String decidedBy, UUID decidedByAccount, Instant decidedAt, Instant decisionReadAt,
		int version) {

	public boolean decided() {
		return decision != null;
	}

	public boolean withConsent() {
		return consentId != null;
	}
}
