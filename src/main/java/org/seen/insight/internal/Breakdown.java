package org.seen.insight.internal;

import java.util.List;

/** The ways each measure is broken down, with every category in the order the DfE publishes them. */
public enum Breakdown {

	AGE_BAND("age_band", "Age", List.of("unborn", "under_1", "1_4", "5_9", "10_15", "16_plus")),
	SEX("sex", "Sex", List.of("female", "male", "not_known")),
	ETHNICITY("ethnicity", "Ethnicity", List.of("White", "Mixed", "Asian or Asian British", "Black or Black British",
			"Other ethnic group", "Not known/refused")),
	DISABILITY("disability", "Disability", List.of("yes", "no"));

	private final String key;

	private final String label;

	private final List<String> categories;

	Breakdown(String key, String label, List<String> categories) {
		this.key = key;
		this.label = label;
		this.categories = categories;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public List<String> categories() {
		return categories;
	}

	/** The category as the page shows it. */
	public String categoryLabel(String category) {
		return switch (category) {
			case "unborn" -> "Unborn";
			case "under_1" -> "Under 1";
			case "1_4" -> "1 to 4";
			case "5_9" -> "5 to 9";
			case "10_15" -> "10 to 15";
			case "16_plus" -> "16 and over";
			case "female" -> "Female";
			case "male" -> "Male";
			case "not_known" -> "Not known";
			case "yes" -> "Disabled";
			case "no" -> "Not disabled";
			default -> category;
		};
	}

	static Breakdown ofKey(String key) {
		for (Breakdown breakdown : values()) {
			if (breakdown.key.equals(key)) {
				return breakdown;
			}
		}
		throw new IllegalArgumentException("No breakdown " + key);
	}
}
