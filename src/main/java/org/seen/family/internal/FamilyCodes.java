package org.seen.family.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time codes and family references. Both use an alphabet without the characters people mix
 * up when reading a letter aloud or copying it from a phone (0 and O, 1, I and L), and a code is
 * accepted however it is typed: lower case, with spaces or the hyphen it is printed with.
 */
final class FamilyCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	/** Ten characters from 31: about 8 × 10¹⁴ codes, against 5 tries before a lockout. */
	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private FamilyCodes() {
	}

	static String newCode() {
		return random(LENGTH);
	}

	static String newReference() {
		return "FAM-" + random(6);
	}

	/** The code as printed and emailed: two groups of five, easier to read out and type. */
	static String display(String code) {
		return code.substring(0, 5) + "-" + code.substring(5);
	}

	/** The code as typed, made plain; empty when it could not be a code at all. */
	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(plain);
	}

	/** A family reference as typed ("fam-abc234", "FAM ABC234"), made plain. */
	static Optional<String> reference(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!plain.matches("FAM[" + ALPHABET + "]{6}")) {
			return Optional.empty();
		}
		return Optional.of("FAM-" + plain.substring(3));
	}

	private static String random(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
