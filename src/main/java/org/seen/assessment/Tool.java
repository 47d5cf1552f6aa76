package org.seen.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of an assessment tool, read from its YAML definition. A tool marked
 * {@code restricted} is licensed: it opens only for practitioners accredited for it.
 */
public record Tool(String id, int version, String title, String licence, boolean restricted, List<AgeBand> ageBands,
		List<ToolArea> areas) {

	public List<ToolItem> items() {
		return areas.stream().flatMap(area -> area.items().stream()).toList();
	}

	public Optional<ToolItem> item(String itemId) {
		return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
	}

	public Optional<ToolArea> areaOf(String itemId) {
		return areas.stream().filter(area -> area.items().stream().anyMatch(item -> item.id().equals(itemId))).findFirst();
	}

	/** The band a child falls in on a date; the oldest band when the child is older than all of them. */
	public AgeBand ageBandFor(LocalDate dateOfBirth, LocalDate on) {
		return ageBands.stream()
			.filter(band -> band.covers(dateOfBirth, on))
			.findFirst()
			.orElse(ageBands.get(ageBands.size() - 1));
	}

	/** The items that apply to a child in this band. */
	public List<ToolItem> itemsFor(AgeBand band) {
		return items().stream().filter(item -> item.appliesTo(band)).toList();
	}

	public String key() {
		return id + " v" + version;
	}
}
