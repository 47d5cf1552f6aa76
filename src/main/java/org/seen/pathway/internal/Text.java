package org.seen.pathway.internal;

/** Tidying what was typed: surrounding spaces go, and a blank answer is no answer. */
final class Text {

	private Text() {
	}

	static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
