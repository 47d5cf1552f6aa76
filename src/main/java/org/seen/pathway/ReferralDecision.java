package org.seen.pathway;

/** What the front door decides about a request for service. */
public enum ReferralDecision {
	ADVICE_NO_FURTHER_ACTION("Advice, no further action", "Advice given to the referrer; no further action by children's social care"),
	EARLY_HELP("Early help", "The family is offered early help, with their consent"),
	CHILD_AND_FAMILY_ASSESSMENT("Child and family assessment (s17)",
			"A social worker assesses whether the child is in need under section 17 of the Children Act 1989"),
	STRATEGY_DISCUSSION("Strategy discussion / s47 enquiries",
			"Reasonable cause to suspect significant harm: a strategy discussion and enquiries under section 47"),
	IMMEDIATE_PROTECTION("Immediate protection", "Action today to make the child safe");

	private final String label;

	private final String hint;

	ReferralDecision(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return label;
	}

	public String hint() {
		return hint;
	}

	/** Whether children's social care goes on working with the child. */
	public boolean statutory() {
		return this == CHILD_AND_FAMILY_ASSESSMENT || this == STRATEGY_DISCUSSION || this == IMMEDIATE_PROTECTION;
	}
}
