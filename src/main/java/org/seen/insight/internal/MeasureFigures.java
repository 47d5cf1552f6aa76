package org.seen.insight.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every measure of one return, raw: its total and its counts by each breakdown. */
record MeasureFigures(LocalDate referenceDate, Map<Measure, Long> totals,
		Map<Measure, Map<Breakdown, Map<String, Long>>> breakdowns) {

	static MeasureFigures empty(LocalDate referenceDate) {
		Map<Measure, Long> totals = new EnumMap<>(Measure.class);
		Map<Measure, Map<Breakdown, Map<String, Long>>> breakdowns = new EnumMap<>(Measure.class);
		for (Measure measure : Measure.values()) {
			totals.put(measure, 0L);
			Map<Breakdown, Map<String, Long>> byBreakdown = new EnumMap<>(Breakdown.class);
			for (Breakdown breakdown : Breakdown.values()) {
				Map<String, Long> counts = new LinkedHashMap<>();
				breakdown.categories().forEach(category -> counts.put(category, 0L));
				byBreakdown.put(breakdown, counts);
			}
			breakdowns.put(measure, byBreakdown);
		}
		return new MeasureFigures(referenceDate, totals, breakdowns);
	}

	long total(Measure measure) {
		return totals.get(measure);
	}

	long count(Measure measure, Breakdown breakdown, String category) {
		return breakdowns.get(measure).get(breakdown).get(category);
	}
}
