package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;

/** What a practitioner enters on the plan's forms or sends to the API, before it is checked. */
final class Entries {

	private Entries() {
	}

	/**
	 * Starting a plan: the lead asked to take it on, where the team meets, the first review; without
	 * the family's consent, why and on what lawful basis. {@code stepDownTo}: for a child at a
	 * statutory level, the early-help level the plan prepares a step-down to (blank: a plan at the
	 * child's own level).
	 */
	record Start(UUID lead, String meetingPlace, LocalDate firstReviewOn, String withoutConsentReason,
			LawfulBasis withoutConsentLawfulBasis, String stepDownTo) {
	}

	/** An outcome tied to an assessment item ({@code itemId}) or to what the child said. */
	record NewOutcome(String kind, String itemId, String childSaid, String difference, Integer targetGrade,
			LocalDate targetOn) {
	}

	record NewAction(String what, UUID owner, LocalDate dueOn, UUID outcome) {
	}

	record ActionChange(String status, String note, LocalDate dueOn) {
	}

	/** A review: who came, progress and a new grade for each outcome, the voices, the next date. */
	record NewReview(LocalDate heldOn, List<UUID> attendees, Map<UUID, OutcomeProgress> progress, String childVoice,
			String childVoiceMissingReason, String familyView, String goingWell, String decisions,
			LocalDate nextReviewOn) {
	}

	record OutcomeProgress(String direction, Integer grade, String note) {
	}

	static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
