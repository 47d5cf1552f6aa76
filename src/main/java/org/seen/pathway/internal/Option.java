package org.seen.pathway.internal;

import java.util.Arrays;
import java.util.List;

import org.seen.pathway.LawfulBasis;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.ReferralDecision;

/** One radio of a form: the value sent, its label, and a hint under it (or null). */
record Option(String value, String label, String hint) {

	static List<Option> levels(List<LevelOfNeed> levels) {
		return levels.stream().map(l -> new Option(l.code(), l.name(), l.descriptor())).toList();
	}

	static List<Option> decisions() {
		return Arrays.stream(ReferralDecision.values()).map(d -> new Option(d.name(), d.label(), d.hint())).toList();
	}

	static List<Option> bases(List<LawfulBasis> bases) {
		return bases.stream().map(b -> new Option(b.name(), b.label(), b.hint())).toList();
	}

	static List<Option> hows() {
		return Arrays.stream(HowGiven.values()).map(h -> new Option(h.name(), h.label(), null)).toList();
	}
}
