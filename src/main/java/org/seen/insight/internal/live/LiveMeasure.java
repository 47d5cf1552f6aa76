package org.seen.insight.internal.live;

import java.util.List;
import java.util.Map;

/**
 * One measure from Seen's own records, defined in docs/live-measures.md. A measure names its
 * figures (its series) and gives the SQL that finds the things it counts; {@link LiveMeasures}
 * counts them by quarter and breaks them down, in the database. A measure whose records Seen does
 * not hold yet says so with {@link #recorded()} false and has no facts.
 */
interface LiveMeasure {

	String key();

	String label();

	/** What it counts, in a sentence for the page. */
	String description();

	/** Its figures; the first is the headline drawn as a chart. */
	List<Series> series();

	/** Whether Seen holds the records it needs. */
	default boolean recorded() {
		return true;
	}

	/**
	 * Whether the measure is a count at a moment (the quarter's end) rather than of things done in
	 * the quarter: its breakdowns are then of the latest quarter only, not of every quarter added up.
	 */
	default boolean atQuarterEnd() {
		return false;
	}

	/**
	 * A select of one row per thing counted, in columns {@code quarter_no} (from the common table
	 * {@code quarter(no, starts, ends, starts_at, ends_before)}: {@code ends} is the quarter's as-at
	 * day, {@code starts_at} and {@code ends_before} the instants its London days begin and end, for
	 * comparing timestamps on their indexes),
	 * {@code series} (a series key), {@code child_id}, {@code on_date} (the date the row is about,
	 * for the child's age) and {@code value} (numeric, for a median; null otherwise).
	 */
	Facts facts();

	/** The SQL and its named parameters (besides the quarters'). */
	record Facts(String sql, Map<String, Object> params) {

		static Facts of(String sql) {
			return new Facts(sql, Map.of());
		}
	}

	/**
	 * One figure of a measure. A {@link Kind#MEDIAN} series is the median of {@code value} over
	 * the rows of the series named {@code basedOn}, and is withheld when that count is small.
	 */
	record Series(String key, String label, Kind kind, String basedOn, boolean brokenDown) {

		static Series count(String key, String label) {
			return new Series(key, label, Kind.COUNT, null, true);
		}

		static Series countNotBrokenDown(String key, String label) {
			return new Series(key, label, Kind.COUNT, null, false);
		}

		static Series median(String key, String label, String basedOn) {
			return new Series(key, label, Kind.MEDIAN, basedOn, false);
		}

		public String key() {
			return key;
		}

		public String label() {
			return label;
		}
	}

	enum Kind {
		COUNT, MEDIAN
	}
}
