package org.seen.strategy.internal.audits;

/** A panel member's judgement on one question for one case. */
public enum Grade {
	OUTSTANDING("Outstanding", Scale.QUALITY, true), GOOD("Good", Scale.QUALITY, true),
	REQUIRES_IMPROVEMENT("Requires improvement", Scale.QUALITY, false),
	INADEQUATE("Inadequate", Scale.QUALITY, false), YES("Yes", Scale.YES_NO, true),
	PARTLY("Partly", Scale.YES_NO, false), NO("No", Scale.YES_NO, false);

	private final String label;

	private final Scale scale;

	private final boolean goodOrBetter;

	Grade(String label, Scale scale, boolean goodOrBetter) {
		this.label = label;
		this.scale = scale;
		this.goodOrBetter = goodOrBetter;
	}

	public String label() {
		return label;
	}

	public Scale scale() {
		return scale;
	}

	/** Good or better, or yes: the share the subgroup watches. A grade below it must say why. */
	public boolean goodOrBetter() {
		return goodOrBetter;
	}

	/** The GOV.UK tag colour for the grade. */
	public String colour() {
		return switch (this) {
			case OUTSTANDING, YES -> "green";
			case GOOD -> "turquoise";
			case REQUIRES_IMPROVEMENT, PARTLY -> "yellow";
			case INADEQUATE, NO -> "red";
		};
	}

	static Grade parse(String value) {
		try {
			return value == null || value.isBlank() ? null : Grade.valueOf(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
