package org.seen.pathway;

/**
 * One level on the partnership's continuum of need. The partnership names and describes its
 * levels; {@code kind} says what the level means for the work: early-help levels need the
 * family's consent, statutory ones may proceed without it for a recorded reason.
 */
public record LevelOfNeed(int rank, String code, String name, String descriptor, Kind kind) {

	public enum Kind {
		/** Needs met by universal services. */
		UNIVERSAL,
		/** Early help, single-agency or targeted multi-agency: only with the family's consent. */
		EARLY_HELP,
		/** Specialist or statutory: children's social care, s17 or s47. */
		STATUTORY
	}

	public boolean earlyHelp() {
		return kind == Kind.EARLY_HELP;
	}

	public boolean statutory() {
		return kind == Kind.STATUTORY;
	}
}
