package org.seen.pathway.internal;

/** How the family gave consent. */
enum HowGiven {
	WRITTEN("In writing"), VERBAL("Spoken"), ELECTRONIC("Electronically, such as by email or a form online");

	private final String label;

	HowGiven(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
