package org.seen.insight.internal.dashboard;

/** One figure in a chart or table: its label and the value as shown (a number, "c", or null for none). */
public record Entry(String label, Object value) {

	/** The value as a number, or null when it is withheld or missing. */
	Long number() {
		return value instanceof Number n ? n.longValue() : null;
	}

	public boolean withheld() {
		return value instanceof String;
	}
}
