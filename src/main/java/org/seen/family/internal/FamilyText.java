package org.seen.family.internal;

import java.time.Duration;

/** How the family's pages and emails say things, in plain words. */
final class FamilyText {

	private FamilyText() {
	}

	/** "15 minutes", "14 days", "2 hours". */
	static String duration(Duration duration) {
		if (duration.toDays() >= 1 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
			return plural(duration.toDays(), "day");
		}
		if (duration.toHours() >= 1 && duration.toMinutesPart() == 0) {
			return plural(duration.toHours(), "hour");
		}
		return plural(Math.max(1, duration.toMinutes()), "minute");
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + (n == 1 ? "" : "s");
	}
}
