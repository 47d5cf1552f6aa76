package org.seen.pathway;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partnership's continuum of need, lowest first, configured under {@code seen.pathway.levels}
 * (names and descriptors in the partnership's own words). Without configuration Seen uses four
 * levels shaped like the source strategies.
 */
@ConfigurationProperties("seen.pathway")
public record Levels(List<LevelOfNeed> levels) {

	public Levels {
		levels = levels == null || levels.isEmpty() ? DEFAULT : List.copyOf(levels);
		if (levels.size() < 4) {
			throw new IllegalStateException("seen.pathway.levels needs at least four levels, from universal to statutory");
		}
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).rank() != i + 1) {
				throw new IllegalStateException("seen.pathway.levels[" + i + "].rank must be " + (i + 1));
			}
		}
		if (levels.get(0).kind() != LevelOfNeed.Kind.UNIVERSAL
				|| levels.get(levels.size() - 1).kind() != LevelOfNeed.Kind.STATUTORY) {
			throw new IllegalStateException("seen.pathway.levels must run from a universal level to a statutory one");
		}
	}

	static final List<LevelOfNeed> DEFAULT = List.of(
			new LevelOfNeed(1, "UNIVERSAL", "Level 1: universal",
					"The child's needs are met by universal services: school, the GP, health visiting.",
					LevelOfNeed.Kind.UNIVERSAL),
			new LevelOfNeed(2, "EARLY_HELP", "Level 2: early help",
					"Emerging needs met by one agency, or two working together, with the family's agreement.",
					LevelOfNeed.Kind.EARLY_HELP),
			new LevelOfNeed(3, "TARGETED_EARLY_HELP", "Level 3: targeted early help",
					"Several needs, met by agencies working together: an early help assessment and a Team Around the Family, with the family's consent.",
					LevelOfNeed.Kind.EARLY_HELP),
			new LevelOfNeed(4, "SPECIALIST", "Level 4: specialist or statutory",
					"The child may be in need (s17) or at risk of significant harm (s47): children's social care leads.",
					LevelOfNeed.Kind.STATUTORY));

	public Optional<LevelOfNeed> find(String code) {
		return levels.stream().filter(level -> level.code().equals(code)).findFirst();
	}

	public LevelOfNeed require(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("No level of need " + code));
	}

	/**
	 * The level's name for display; a code no longer configured (a partnership renamed its
	 * levels after decisions were made) shows as itself rather than failing the page.
	 */
	public String nameOf(String code) {
		return code == null ? "" : find(code).map(LevelOfNeed::name).orElse(code);
	}

	public LevelOfNeed lowest() {
		return levels.get(0);
	}

	public LevelOfNeed highest() {
		return levels.get(levels.size() - 1);
	}
}
