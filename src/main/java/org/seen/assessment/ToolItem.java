package org.seen.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item of a tool: what the practitioner grades. {@code descriptors} maps an age band id (or
 * {@code "all"}) to the five grade descriptors, index 0 holding grade 1. {@code ageBands} lists
 * the bands the item applies to (empty: all of them). A {@code household} item is about the home
 * rather than one child, so it may be copied from a sibling's assessment. {@code scale} names an
 * extra scale recorded with the item ({@code "home-conditions"} for the 1–9 home conditions scale).
 */
public record ToolItem(String id, String title, String guidance, List<String> prompts, Set<NeglectType> neglectTypes,
		List<String> ageBands, boolean household, String scale, Map<String, List<String>> descriptors) {

	public static final String ALL_BANDS = "all";

	public static final String HOME_CONDITIONS = "home-conditions";

	public boolean appliesTo(AgeBand band) {
		return ageBands.isEmpty() || ageBands.contains(band.id());
	}

	/** The descriptor of a grade for a band, falling back to the one written for all bands. */
	public String descriptor(int grade, AgeBand band) {
		List<String> five = band != null && descriptors.containsKey(band.id()) ? descriptors.get(band.id())
				: descriptors.get(ALL_BANDS);
		return five == null ? "" : five.get(grade - 1);
	}

	public boolean homeConditions() {
		return HOME_CONDITIONS.equals(scale);
	}
}
