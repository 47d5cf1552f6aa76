package org.seen.insight.internal;

import java.time.LocalDate;
import java.util.List;

/** One child of a census return, checked, with what the measures need of it. */
record CensusChild(String laChildId, LocalDate birthDate, LocalDate expectedBirthDate, char sex, String ethnicity,
		boolean disabled, List<Episode> episodes) {

	/** One {@code CINdetails}: an episode of need from referral to closure. */
	record Episode(LocalDate referralDate, LocalDate closureDate, String reasonForClosure, boolean referralNfa,
			List<Assessment> assessments, List<CinPlan> cinPlans, List<ProtectionPlan> protectionPlans) {

		/** A neglect episode: at least one of its assessments records factor 16A. */
		boolean neglect() {
			for (Assessment assessment : assessments) {
				if (assessment.neglect()) {
					return true;
				}
			}
			return false;
		}
	}

	record Assessment(LocalDate startDate, LocalDate authorisationDate, List<String> factors) {

		boolean neglect() {
			return factors.contains(CensusCodes.NEGLECT_FACTOR);
		}
	}

	record CinPlan(LocalDate startDate, LocalDate endDate) {
	}

	record ProtectionPlan(LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
			int previousPlans) {
	}
}
