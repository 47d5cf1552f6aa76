package org.seen.assessment;

/** The types of neglect the partnership strategies use; each assessment item bears on some of them. */
public enum NeglectType {

	PHYSICAL("Physical"), EMOTIONAL("Emotional"), SUPERVISORY("Supervisory"), NUTRITIONAL("Nutritional"),
	MEDICAL("Medical"), EDUCATIONAL("Educational");

	private final String label;

	NeglectType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
