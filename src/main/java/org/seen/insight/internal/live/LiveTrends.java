package org.seen.insight.internal.live;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.seen.insight.Measures;
import org.seen.insight.internal.Suppression;
import org.seen.insight.internal.live.LiveMeasure.Kind;
import org.seen.insight.internal.live.LiveMeasure.Series;
import org.springframework.stereotype.Service;

/**
 * The live measures' counts as linkable series for {@link Measures}: one choice per counted series
 * of a recorded measure, its figures the last {@link #QUARTERS} quarters that have ended, with small
 * numbers withheld.
 * Medians are left out: they are a different kind of figure from a count and their small-number
 * rule rests on another series.
 */
@Service
public class LiveTrends {

	static final String LIVE = "live:";

	static final String SOURCE = "Seen's own records, by quarter";

	static final int QUARTERS = 8;

	private final LiveMeasures measures;

	LiveTrends(LiveMeasures measures) {
		this.measures = measures;
	}

	public List<Measures.Choice> choices() {
		List<Measures.Choice> choices = new ArrayList<>();
		for (LiveMeasure measure : measures.measures()) {
			if (!measure.recorded()) {
				continue;
			}
			for (Series series : measure.series()) {
				if (series.kind() == Kind.COUNT) {
					String label = measure.series().size() == 1 ? measure.label()
							: measure.label() + ": " + series.label();
					choices.add(new Measures.Choice(key(measure, series), label, SOURCE, Measures.Unit.COUNT));
				}
			}
		}
		return choices;
	}

	/**
	 * The series' counts by quarter, oldest first, the last quarter that has ended last: a running
	 * quarter's count is still growing, so an indicator read from it would look worse than it is.
	 */
	public List<Measures.Point> points(String key) {
		for (LiveMeasure measure : measures.measures()) {
			for (Series series : measure.series()) {
				if (key(measure, series).equals(key)) {
					return points(measure, series);
				}
			}
		}
		return List.of();
	}

	private List<Measures.Point> points(LiveMeasure measure, Series series) {
		List<Quarter> quarters = measures.lastQuarters(QUARTERS + 1).subList(0, QUARTERS);
		QuarterlyFigures figures = measures.compute(measure, quarters);
		List<Long> counts = figures.series().stream().filter(s -> s.series().key().equals(series.key())).findFirst()
			.orElseThrow().counts();
		List<Measures.Point> points = new ArrayList<>();
		for (int i = 0; i < quarters.size(); i++) {
			Object shown = Suppression.SMALL_NUMBERS.count(counts.get(i));
			boolean withheld = Suppression.WITHHELD.equals(shown);
			points.add(new Measures.Point(quarters.get(i).shortLabel(), quarters.get(i).asAt(),
					withheld ? null : BigDecimal.valueOf(counts.get(i)), withheld));
		}
		return points;
	}

	private static String key(LiveMeasure measure, Series series) {
		return LIVE + measure.key() + ":" + series.key();
	}
}
