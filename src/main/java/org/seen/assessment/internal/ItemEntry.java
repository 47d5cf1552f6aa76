package org.seen.assessment.internal;

import java.time.LocalDate;

import org.seen.assessment.AgeBand;
import org.seen.assessment.Grade;
import org.seen.assessment.ToolItem;
import org.seen.web.FormErrors;

/**
 * What a practitioner enters for one item, from the page or the API. A draft may leave anything
 * empty; what is entered must make sense.
 */
public record ItemEntry(Integer grade, String evidence, EvidenceSource evidenceSource, String reportedBy,
		String parentView, String childView, Integer homeConditions, Integer targetGrade, LocalDate reviewBy) {

	static final int LONG_TEXT = 5000;

	/** Checks the entry against its item; problems are named by the fields of the item form. */
	FormErrors check(ToolItem item, AgeBand band, LocalDate today) {
		FormErrors errors = new FormErrors();
		if (!item.appliesTo(band)) {
			errors.reject("itemId", item.title() + " is not assessed for a child of this age");
		}
		if (grade != null && !Grade.valid(grade)) {
			errors.reject("grade", "Grade must be from 1 to 5");
		}
		if (homeConditions != null) {
			if (!item.homeConditions()) {
				errors.reject("homeConditions", "The home conditions scale is recorded only with the home conditions item");
			}
			else if (homeConditions < 1 || homeConditions > 9) {
				errors.reject("homeConditions", "Home conditions must be from 1 to 9");
			}
		}
		if (evidenceSource == EvidenceSource.REPORTED && blank(reportedBy)) {
			errors.reject("reportedBy", "Enter who reported it");
		}
		if (targetGrade != null) {
			if (!Grade.valid(targetGrade)) {
				errors.reject("targetGrade", "Target grade must be from 1 to 5");
			}
			else if (grade == null || grade < 3) {
				errors.reject("targetGrade", "Set a target only for a grade of 3, 4 or 5, where things need to change");
			}
			else if (targetGrade >= grade) {
				errors.reject("targetGrade", "Target grade must be better (lower) than the grade today");
			}
		}
		if (reviewBy != null && reviewBy.isBefore(today)) {
			errors.reject("reviewBy", "Review date must be today or in the future");
		}
		tooLong(errors, "evidence", evidence, "Evidence");
		tooLong(errors, "parentView", parentView, "The parent's view");
		tooLong(errors, "childView", childView, "The child's view");
		if (reportedBy != null && reportedBy.length() > 200) {
			errors.reject("reportedBy", "Who reported it must be 200 characters or fewer");
		}
		return errors.inOrder("itemId", "grade", "evidence", "evidenceSource", "reportedBy", "parentView", "childView",
				"homeConditions", "targetGrade", "reviewBy");
	}

	private static void tooLong(FormErrors errors, String field, String value, String label) {
		if (value != null && value.length() > LONG_TEXT) {
			errors.reject(field, label + " must be " + LONG_TEXT + " characters or fewer");
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String trimmed(String value) {
		return blank(value) ? null : value.trim();
	}

	ItemEntry tidy() {
		return new ItemEntry(grade, trimmed(evidence), evidenceSource, evidenceSource == EvidenceSource.REPORTED ? trimmed(reportedBy) : null,
				trimmed(parentView), trimmed(childView), homeConditions, targetGrade, reviewBy);
	}
}
