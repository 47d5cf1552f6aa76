package org.seen.insight.internal.live;

import java.util.List;

/** How the live measures are broken down, each with its categories in the order they are shown. */
enum LiveBreakdown {

	AGE_BAND("age_band", "Age", List.of("unborn", "under_1", "1_4", "5_9", "10_15", "16_plus"),
			List.of("Unborn", "Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over")),
	SEX("sex", "Sex", List.of("female", "male", "not_known"), List.of("Female", "Male", "Not known")),
	IMD_DECILE("imd_decile", "Deprivation decile", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "not_known"),
			List.of("1 (most deprived)", "2", "3", "4", "5", "6", "7", "8", "9", "10 (least deprived)",
					"Not known (no postcode or not in the lookup)"));

	private final String key;

	private final String label;

	private final List<String> categories;

	private final List<String> categoryLabels;

	LiveBreakdown(String key, String label, List<String> categories, List<String> categoryLabels) {
		this.key = key;
		this.label = label;
		this.categories = categories;
		this.categoryLabels = categoryLabels;
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

	public String categoryLabel(String category) {
		return categoryLabels.get(categories.indexOf(category));
	}
}
