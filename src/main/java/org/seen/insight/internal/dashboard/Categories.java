package org.seen.insight.internal.dashboard;

import org.seen.insight.internal.Breakdown;

/** The categories of each breakdown as a reader would write them. */
final class Categories {

	private Categories() {
	}

	static String label(Breakdown breakdown, String category) {
		return switch (breakdown) {
			case AGE_BAND -> switch (category) {
				case "unborn" -> "Unborn";
				case "under_1" -> "Under 1";
				case "1_4" -> "1 to 4";
				case "5_9" -> "5 to 9";
				case "10_15" -> "10 to 15";
				case "16_plus" -> "16 and over";
				default -> category;
			};
			case SEX -> switch (category) {
				case "female" -> "Female";
				case "male" -> "Male";
				case "not_known" -> "Not known";
				default -> category;
			};
			case DISABILITY -> "yes".equals(category) ? "Disabled" : "Not disabled";
			case ETHNICITY -> category;
		};
	}
}
