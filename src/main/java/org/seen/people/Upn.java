package org.seen.people;

/**
 * A unique pupil number (DfE): a check letter followed by twelve characters (local authority
 * code, establishment, year, serial; the last may be a letter in a temporary UPN). The check
 * letter is the sum of characters 2 to 13, each times its position, modulo 23, as a letter of
 * an alphabet without I, O and S.
 */
public final class Upn {

	static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	private Upn() {
	}

	public static String normalise(String input) {
		if (input == null) {
			return null;
		}
		String upn = input.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
		return upn.isEmpty() ? null : upn;
	}

	public static boolean isValid(String input) {
		String upn = normalise(input);
		if (upn == null || !upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
			return false;
		}
		return upn.charAt(0) == checkLetter(upn.substring(1));
	}

	/** The check letter for the twelve characters after it; a temporary UPN's letter counts by its place in LETTERS. */
	static char checkLetter(String twelve) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			char c = twelve.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
			if (value < 0) {
				return '?';
			}
			sum += value * (i + 2);
		}
		return LETTERS.charAt(sum % 23);
	}
}
