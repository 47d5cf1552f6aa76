package org.seen.strategy.internal.actionplan;

/** The red, amber or green rating a progress update gives its action. */
public enum Rag {

	RED("Red", "govuk-tag--red", "Off track: needs the subgroup's help"),
	AMBER("Amber", "govuk-tag--yellow", "Some risk to delivery"),
	GREEN("Green", "govuk-tag--green", "On track or done");

	private final String label;

	private final String tag;

	private final String meaning;

	Rag(String label, String tag, String meaning) {
		this.label = label;
		this.tag = tag;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String tag() {
		return tag;
	}

	public String meaning() {
		return meaning;
	}
}
