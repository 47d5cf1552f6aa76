package org.seen.people;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit over the first nine
 * (weights 10 down to 2). A check value of 10 means no valid number has those nine digits.
 */
public final class NhsNumber {

	private NhsNumber() {
	}

	/** Digits only, or null when the input has no digits; spaces and dashes are allowed on input. */
	public static String normalise(String input) {
		if (input == null) {
			return null;
		}
		String digits = input.replaceAll("[\\s-]", "");
		return digits.isEmpty() ? null : digits;
	}

	public static boolean isValid(String input) {
		String number = normalise(input);
		if (number == null || !number.matches("\\d{10}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (number.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == number.charAt(9) - '0';
	}
}
