package org.seen.assessment.internal;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;

/**
 * What the item page posts: text throughout, so the form comes back exactly as typed with each
 * mistake against its field.
 */
public class ItemForm {

	private String grade;

	private String evidence;

	private String evidenceSource;

	private String reportedBy;

	private String parentView;

	private String childView;

	private String homeConditions;

	private String targetGrade;

	private String reviewByDay;

	private String reviewByMonth;

	private String reviewByYear;

	private int version = -1;

	static ItemForm of(AssessedItem item) {
		ItemForm form = new ItemForm();
		form.grade = text(item.grade());
		form.evidence = item.evidence();
		form.evidenceSource = item.evidenceSource() == null ? null : item.evidenceSource().name();
		form.reportedBy = item.reportedBy();
		form.parentView = item.parentView();
		form.childView = item.childView();
		form.homeConditions = text(item.homeConditions());
		form.targetGrade = text(item.targetGrade());
		DateInput review = DateInput.of(item.reviewBy());
		form.reviewByDay = review.day();
		form.reviewByMonth = review.month();
		form.reviewByYear = review.year();
		form.version = item.stored() ? item.version() : -1;
		return form;
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	/** The entry, or null with the problems of reading it recorded (a grade that is not a number, say). */
	ItemEntry entry(FormErrors errors) {
		Integer g = number(grade, "grade", "Grade", errors);
		Integer home = number(homeConditions, "homeConditions", "Home conditions", errors);
		Integer target = number(targetGrade, "targetGrade", "Target grade", errors);
		EvidenceSource source = null;
		if (evidenceSource != null && !evidenceSource.isBlank()) {
			try {
				source = EvidenceSource.valueOf(evidenceSource);
			}
			catch (IllegalArgumentException ex) {
				errors.reject("evidenceSource", "Select how you know");
			}
		}
		var reviewBy = reviewBy().parse("reviewBy", "Review date", errors);
		return new ItemEntry(g, evidence, source, reportedBy, parentView, childView, home, target, reviewBy);
	}

	private static Integer number(String value, String field, String label, FormErrors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.reject(field, label + " must be a number");
			return null;
		}
	}

	public DateInput reviewBy() {
		return new DateInput(reviewByDay, reviewByMonth, reviewByYear);
	}

	public String getGrade() {
		return grade;
	}

	public void setGrade(String grade) {
		this.grade = grade;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public String getEvidenceSource() {
		return evidenceSource;
	}

	public void setEvidenceSource(String evidenceSource) {
		this.evidenceSource = evidenceSource;
	}

	public String getReportedBy() {
		return reportedBy;
	}

	public void setReportedBy(String reportedBy) {
		this.reportedBy = reportedBy;
	}

	public String getParentView() {
		return parentView;
	}

	public void setParentView(String parentView) {
		this.parentView = parentView;
	}

	public String getChildView() {
		return childView;
	}

	public void setChildView(String childView) {
		this.childView = childView;
	}

	public String getHomeConditions() {
		return homeConditions;
	}

	public void setHomeConditions(String homeConditions) {
		this.homeConditions = homeConditions;
	}

	public String getTargetGrade() {
		return targetGrade;
	}

	public void setTargetGrade(String targetGrade) {
		this.targetGrade = targetGrade;
	}

	public String getReviewByDay() {
		return reviewByDay;
	}

	public void setReviewByDay(String reviewByDay) {
		this.reviewByDay = reviewByDay;
	}

	public String getReviewByMonth() {
		return reviewByMonth;
	}

	public void setReviewByMonth(String reviewByMonth) {
		this.reviewByMonth = reviewByMonth;
	}

	public String getReviewByYear() {
		return reviewByYear;
	}

	public void setReviewByYear(String reviewByYear) {
		this.reviewByYear = reviewByYear;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
