package org.seen.insight.internal.live;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.seen.insight.internal.Suppression;
import org.seen.insight.internal.live.LiveMeasure.Kind;
import org.seen.insight.internal.live.QuarterlyFigures.BreakdownFigures;
import org.seen.insight.internal.live.QuarterlyFigures.SeriesFigures;

/**
 * The live measures as shown to one reader: every value a count, a median (one decimal place),
 * {@code "c"} when withheld, or null when there is nothing to take a median of. For everyone but
 * analysts a count from 1 to 4 is withheld, and so is a median resting on one.
 */
public record LiveView(boolean suppressed, List<Quarter> quarters, List<MeasureView> measures) {

	static LiveView of(List<Quarter> quarters, List<QuarterlyFigures> figures, Suppression suppression) {
		List<MeasureView> measures = new ArrayList<>();
		for (QuarterlyFigures measure : figures) {
			List<SeriesView> series = new ArrayList<>();
			for (SeriesFigures s : measure.series()) {
				List<Object> values = new ArrayList<>();
				for (int i = 0; i < quarters.size(); i++) {
					values.add(s.series().kind() == Kind.MEDIAN ? median(s.medians().get(i), s.counts().get(i), suppression)
							: suppression.count(s.counts().get(i)));
				}
				series.add(new SeriesView(s.series().key(), s.series().label(), values));
			}
			List<BreakdownView> breakdowns = new ArrayList<>();
			for (BreakdownFigures b : measure.breakdowns()) {
				List<Cell> cells = new ArrayList<>();
				b.counts().forEach((category, count) -> cells
					.add(new Cell(category, b.dimension().categoryLabel(category), suppression.count(count))));
				String seriesLabel = series.stream().filter(s -> s.key().equals(b.series())).findFirst()
					.map(SeriesView::label).orElse(b.series());
				breakdowns.add(new BreakdownView(b.series(), seriesLabel, b.dimension(), cells));
			}
			LiveMeasure m = measure.measure();
			measures.add(new MeasureView(m.key(), m.label(), m.description(), m.recorded(), m.atQuarterEnd(), series,
					breakdowns, series.isEmpty() ? null : Chart.of(m.label(), quarters, series.get(0))));
		}
		return new LiveView(!suppression.raw(), quarters, measures);
	}

	private static Object median(Double median, long basedOn, Suppression suppression) {
		if (median == null || basedOn == 0) {
			return null;
		}
		if (!suppression.raw() && Suppression.small(basedOn)) {
			return Suppression.WITHHELD;
		}
		return BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
	}

	/** The value as the page and the CSV write it. */
	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/** One measure: its series by quarter, its breakdowns, and its headline as a chart. */
	public record MeasureView(String key, String label, String description, boolean recorded, boolean atQuarterEnd,
			List<SeriesView> series, List<BreakdownView> breakdowns, Chart chart) {

		public String status() {
			return recorded ? "" : NotYetRecorded.STATUS;
		}

		/** The breakdowns of one dimension, one per series. */
		public List<BreakdownView> by(LiveBreakdown dimension) {
			return breakdowns.stream().filter(b -> b.dimension() == dimension).toList();
		}

		public List<LiveBreakdown> dimensions() {
			return breakdowns.stream().map(BreakdownView::dimension).distinct().toList();
		}
	}

	public record SeriesView(String key, String label, List<Object> values) {

		public String shown(int quarter) {
			Object value = values.get(quarter);
			return value == null ? "No figure" : value.toString();
		}
	}

	public record BreakdownView(String series, String seriesLabel, LiveBreakdown dimension, List<Cell> cells) {
	}

	public record Cell(String category, String label, Object value) {
	}
}
