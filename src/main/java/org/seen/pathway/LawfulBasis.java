package org.seen.pathway;

/**
 * The UK GDPR Article 6 basis on which what is recorded about a family is shared between agencies.
 * Early help rests on consent; sharing without it needs one of the others, recorded with a reason.
 */
public enum LawfulBasis {
	CONSENT("Consent (Article 6(1)(a))", "The family agrees to information being shared"),
	PUBLIC_TASK("Public task (Article 6(1)(e))",
			"Sharing is needed for the agencies' safeguarding duties, such as under the Children Act 1989 and 2004"),
	LEGAL_OBLIGATION("Legal obligation (Article 6(1)(c))", "A law requires the information to be shared"),
	VITAL_INTERESTS("Vital interests (Article 6(1)(d))", "Sharing is needed to protect someone's life");

	private final String label;

	private final String hint;

	LawfulBasis(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return label;
	}

	public String hint() {
		return hint;
	}
}
