package org.seen.family.internal;

import org.seen.web.FormErrors;

/** The feedback form as typed: kept whole so that it comes back with any problem. */
class FeedbackForm {

	private String helpfulness;

	private String helping;

	private String couldBeBetter;

	private String anythingElse;

	/** The feedback, or the problems with it (nothing typed is lost either way). */
	Feedback feedback(FormErrors errors) {
		int rating = 0;
		try {
			rating = helpfulness == null ? 0 : Integer.parseInt(helpfulness.trim());
		}
		catch (NumberFormatException ex) {
			rating = 0;
		}
		if (rating < 1 || rating > 5) {
			errors.reject("helpfulness", "Select how helpful the support is");
		}
		check(errors, "helping", helping, "What is helping");
		check(errors, "couldBeBetter", couldBeBetter, "What could be better");
		check(errors, "anythingElse", anythingElse, "Anything else");
		errors.inOrder("helpfulness", "helping", "couldBeBetter", "anythingElse");
		return errors.any() ? null : new Feedback(rating, blankAsNull(helping), blankAsNull(couldBeBetter),
				blankAsNull(anythingElse));
	}

	private static void check(FormErrors errors, String field, String value, String label) {
		if (value != null && value.length() > Feedback.MAX_LENGTH) {
			errors.reject(field, label + " must be 2,000 characters or fewer");
		}
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getHelpfulness() {
		return helpfulness;
	}

	public void setHelpfulness(String helpfulness) {
		this.helpfulness = helpfulness;
	}

	public String getHelping() {
		return helping;
	}

	public void setHelping(String helping) {
		this.helping = helping;
	}

	public String getCouldBeBetter() {
		return couldBeBetter;
	}

	public void setCouldBeBetter(String couldBeBetter) {
		this.couldBeBetter = couldBeBetter;
	}

	public String getAnythingElse() {
		return anythingElse;
	}

	public void setAnythingElse(String anythingElse) {
		this.anythingElse = anythingElse;
	}
}
