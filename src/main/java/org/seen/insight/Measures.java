package org.seen.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.insight.internal.CensusFigures;
import org.seen.insight.internal.Measure;
import org.seen.insight.internal.Rate;
import org.seen.insight.internal.Suppression;
import org.seen.insight.internal.live.LiveTrends;
import org.springframework.stereotype.Service;

/**
 * Every measure Seen can give a figure for, by a stable key, and its figures over time: the live
 * measures from Seen's own records by quarter ({@code live:<measure>:<series>}) and the census
 * measures and rates by year ({@code census:<measure>}). Other modules link to a measure by its key
 * (an action plan's key performance indicator does) so that its current value and trend come from
 * the data. Counts from 1 to 4, and rates built from them, are always withheld here, whoever reads:
 * these figures are written into plans and reports that travel beyond the analysts.
 */
@Service
public class Measures {

	static final String CENSUS = "census:";

	static final String CENSUS_SOURCE = "Children in Need census, by year";

	public static final String RECORD = "MEASURE";

	private final LiveTrends live;

	private final CensusFigures census;

	private final AuditTrail audit;

	/** The partnership's council (its LEA code), whose census returns indicators read; blank for the latest return's. */
	private final String lea;

	Measures(LiveTrends live, CensusFigures census, AuditTrail audit,
			@org.springframework.beans.factory.annotation.Value("${seen.partnership.lea:}") String lea) {
		this.live = live;
		this.census = census;
		this.audit = audit;
		this.lea = lea == null ? "" : lea.trim();
	}

	/** A measure that can be linked to: its key, its label, where its figures come from and their unit. */
	public record Choice(String key, String label, String source, Unit unit) {
	}

	public enum Unit {
		COUNT, PERCENT
	}

	/** A measure's figures, oldest first; the last point is its current value. */
	public record Trend(String key, String label, String source, Unit unit, List<Point> points) {

		/** The latest point, if there is one. */
		public Optional<Point> latest() {
			return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
		}
	}

	/**
	 * One period's figure: {@code value} is null when it is withheld (a small number) or there is
	 * none, and {@code withheld} says which.
	 */
	public record Point(String period, LocalDate asAt, BigDecimal value, boolean withheld) {
	}

	/** Every measure that can be linked to, the live measures first. */
	public List<Choice> choices() {
		List<Choice> choices = new ArrayList<>(live.choices());
		for (Measure measure : Measure.values()) {
			choices.add(new Choice(CENSUS + measure.key(), measure.label(), CENSUS_SOURCE, Unit.COUNT));
		}
		for (Rate rate : Rate.values()) {
			choices.add(new Choice(CENSUS + rate.key(), rate.label() + " (%)", CENSUS_SOURCE, Unit.PERCENT));
		}
		return choices;
	}

	public boolean exists(String key) {
		return choices().stream().anyMatch(c -> c.key().equals(key));
	}

	/** The measure's figures as anyone may see them, the read audited; empty for a key that names no measure. */
	public Optional<Trend> trend(String key, Actor actor) {
		Optional<Choice> choice = choices().stream().filter(c -> c.key().equals(key)).findFirst();
		if (choice.isEmpty()) {
			return Optional.empty();
		}
		audit.record(actor, AuditAction.VIEW, RECORD, null, null, key);
		Choice found = choice.get();
		List<Point> points = key.startsWith(CENSUS) ? censusPoints(key.substring(CENSUS.length()), found.unit(), actor)
				: live.points(key);
		return Optional.of(new Trend(found.key(), found.label(), found.source(), found.unit(), points));
	}

	private List<Point> censusPoints(String key, Unit unit, Actor actor) {
		// a comparator council's return, imported later, must not take over the partnership's indicators
		Optional<String> council = this.lea.isEmpty() ? census.latestLea()
				: census.latestLea().map(latest -> this.lea);
		if (council.isEmpty() || !census.hasReturns(council.get())) {
			return List.of();
		}
		List<Point> points = new ArrayList<>();
		for (CensusFigures.Shown year : census.trendToShare(actor, council.get())) {
			Object value = unit == Unit.PERCENT ? year.rates().get(key) : year.total(key);
			points.add(new Point(year.census().label(), year.census().referenceDate(), number(value),
					Suppression.WITHHELD.equals(value)));
		}
		return points;
	}

	static BigDecimal number(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		return value instanceof Number n ? BigDecimal.valueOf(n.longValue()) : null;
	}
}
