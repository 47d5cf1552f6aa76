package org.seen.strategy.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.seen.access.Actor;
import org.seen.insight.Measures;
import org.springframework.stereotype.Component;

/**
 * The report's measures: a headline set the strategies name (neglect identified, referrals, plans,
 * drift, step-downs, the child's voice, and the census's child protection figures), then any other
 * measure the action plan's indicators are linked to. Each as it stood at the quarter's end, with
 * its trend up to then as bars.
 */
@Component
class MeasuresInReport {

	/** The headline measures, in the order the report gives them; a key Seen does not offer is left out. */
	static final List<String> HEADLINE = List.of("live:neglect_identified:assessments_neglect_identified",
			"live:voice_heard:children_heard", "live:referrals:referrals_to_social_care",
			"live:plans_started:plans_started", "live:plans_drifting:plans_drifting",
			"live:step_downs_with_plan:step_downs_with_plan", "census:cpp_open_neglect",
			"census:cpp_open_neglect_share", "census:re_referral_rate", "census:cin_plans_neglect_over_6_months",
			"census:cpp_started_subsequent_neglect");

	private final Measures measures;

	MeasuresInReport(Measures measures) {
		this.measures = measures;
	}

	/** A measure as the report gives it. */
	public record MeasureInReport(String key, String label, String source, String latestPeriod, String latest,
			Bars bars, boolean linkedToPlan) {
	}

	List<MeasureInReport> forQuarter(Actor actor, ReportQuarter quarter, List<String> linkedKeys) {
		Set<String> keys = new LinkedHashSet<>(HEADLINE);
		keys.addAll(linkedKeys);
		List<MeasureInReport> found = new ArrayList<>();
		for (String key : keys) {
			Optional<Measures.Trend> trend = measures.trend(key, actor);
			trend.ifPresent(t -> found.add(inReport(t, quarter, linkedKeys.contains(key))));
		}
		return found;
	}

	private static MeasureInReport inReport(Measures.Trend trend, ReportQuarter quarter, boolean linked) {
		List<Measures.Point> upToQuarter = trend.points().stream().filter(p -> !p.asAt().isAfter(quarter.ends())).toList();
		List<Bars.Entry> entries = new ArrayList<>();
		for (Measures.Point point : upToQuarter) {
			entries.add(new Bars.Entry(point.period(), point.value(), shown(point, trend.unit())));
		}
		Measures.Point latest = upToQuarter.isEmpty() ? null : upToQuarter.get(upToQuarter.size() - 1);
		return new MeasureInReport(trend.key(), trend.label(), trend.source(), latest == null ? "" : latest.period(),
				latest == null ? "No figure yet" : shown(latest, trend.unit()), Bars.of(entries), linked);
	}

	static String shown(Measures.Point point, Measures.Unit unit) {
		if (point.withheld()) {
			return "c";
		}
		BigDecimal value = point.value();
		if (value == null) {
			return "No figure";
		}
		return unit == Measures.Unit.PERCENT ? value.stripTrailingZeros().toPlainString() + "%"
				: String.format("%,d", value.longValue());
	}
}
