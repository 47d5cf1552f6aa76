package org.seen.insight.internal.live;

import java.util.List;
import java.util.Map;

import org.seen.insight.internal.live.LiveMeasure.Series;

/**
 * One measure's raw figures over the quarters asked for: each series' value per quarter (a count,
 * or a median with the count it rests on), and its breakdowns.
 */
record QuarterlyFigures(LiveMeasure measure, List<SeriesFigures> series, List<BreakdownFigures> breakdowns) {

	/** {@code counts} per quarter; for a median, {@code medians} per quarter (null with nothing to take it of). */
	record SeriesFigures(Series series, List<Long> counts, List<Double> medians) {
	}

	/**
	 * A series broken down by one dimension, every category present. Over every quarter added up,
	 * or of the latest quarter for a measure taken at the quarter's end.
	 */
	record BreakdownFigures(String series, LiveBreakdown dimension, Map<String, Long> counts) {
	}
}
