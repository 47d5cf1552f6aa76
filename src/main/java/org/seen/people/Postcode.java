package org.seen.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** A UK postcode in its standard form, outward and inward parts separated by one space. */
public final class Postcode {

	private static final Pattern UK = Pattern
		.compile("^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$");

	private Postcode() {
	}

	public static boolean isValid(String input) {
		return input != null && UK.matcher(input.trim().toUpperCase(Locale.ROOT)).matches();
	}

	/** Upper case with one space before the inward code, or null when blank. */
	public static String normalise(String input) {
		if (input == null || input.isBlank()) {
			return null;
		}
		String compact = input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (compact.length() < 5) {
			return compact;
		}
		return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
	}
}
