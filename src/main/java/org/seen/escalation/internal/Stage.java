package org.seen.escalation.internal;

/** The four stages of resolving a professional difference, lowest first. */
public enum Stage {
	PRACTITIONERS(1, "Practitioner to practitioner"),
	MANAGERS(2, "Managers and designated safeguarding leads"),
	SENIOR_MANAGERS(3, "Senior managers"),
	PARTNERSHIP(4, "The safeguarding partnership");

	static final int LAST = 4;

	private final int number;

	private final String label;

	Stage(int number, String label) {
		this.number = number;
		this.label = label;
	}

	static Stage of(int number) {
		return values()[number - 1];
	}

	public int number() {
		return number;
	}

	public String label() {
		return label;
	}
}
