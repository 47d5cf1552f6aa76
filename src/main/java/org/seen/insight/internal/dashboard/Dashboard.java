package org.seen.insight.internal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seen.access.Actor;
import org.seen.insight.internal.Breakdown;
import org.seen.insight.internal.CensusFigures;
import org.seen.insight.internal.CensusReturn;
import org.seen.insight.internal.Measure;
import org.seen.insight.internal.Rate;
import org.springframework.stereotype.Service;

/**
 * Builds the dashboard from the census figures as the actor may see them (raw for analysts, small
 * numbers withheld for everyone else: {@link CensusFigures} decides and audits the reading).
 */
@Service
class Dashboard {

	private final CensusFigures figures;

	private final Clock clock;

	Dashboard(CensusFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	/** The stored returns, to choose from. */
	List<CensusReturn> returns(Actor actor) {
		return figures.list(actor);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The dashboard for the chosen LEA, return and breakdown, as the actor may see it. */
	DashboardView view(Actor actor, CensusReturn census, Breakdown breakdown) {
		return view(actor, census, breakdown, false);
	}

	/**
	 * The same, with small numbers withheld whoever reads it when {@code toShare} is set: for the
	 * printed report, which is written to be circulated to the subgroup.
	 */
	DashboardView view(Actor actor, CensusReturn census, Breakdown breakdown, boolean toShare) {
		List<CensusFigures.Shown> trend = figures.trend(actor, census.lea());
		if (toShare) {
			trend = trend.stream().map(Dashboard::withheld).toList();
		}
		List<CensusFigures.Shown> upToChosen = trend.stream()
			.filter(s -> !s.census().referenceDate().isAfter(census.referenceDate()))
			.toList();
		CensusFigures.Shown chosen = upToChosen.get(upToChosen.size() - 1);
		List<DashboardView.Section> sections = new ArrayList<>();
		MeasureGuide.bySection().forEach((title, guides) -> sections.add(new DashboardView.Section(title,
				title.toLowerCase().replace(' ', '-'), guides.stream().map(g -> measure(g, chosen, upToChosen, breakdown)).toList())));
		return new DashboardView(census, breakdown, chosen.suppressed(), sections,
				upToChosen.stream().map(CensusFigures.Shown::census).toList(), trendRows(upToChosen));
	}

	private static DashboardView.MeasureView measure(MeasureGuide guide, CensusFigures.Shown chosen,
			List<CensusFigures.Shown> trend, Breakdown breakdown) {
		Measure measure = guide.measure();
		Measure shareOf = guide.shareOf();
		Object count = chosen.total(measure.key());
		Object share = shareOf == null ? null : Share.of(count, chosen.total(shareOf.key()));
		List<DashboardView.Row> rows = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		if (breakdown == null) {
			for (CensusFigures.Shown year : trend) {
				Object n = year.total(measure.key());
				rows.add(new DashboardView.Row(year.census().label(), n,
						shareOf == null ? null : Share.of(n, year.total(shareOf.key()))));
				entries.add(new Entry(year.census().label(), n));
			}
		}
		else {
			Map<String, Object> counts = categories(chosen, measure, breakdown);
			Map<String, Object> denominators = shareOf == null ? Map.of() : categories(chosen, shareOf, breakdown);
			for (String category : breakdown.categories()) {
				String label = Categories.label(breakdown, category);
				Object n = counts.get(category);
				rows.add(new DashboardView.Row(label, n, shareOf == null ? null : Share.of(n, denominators.get(category))));
				entries.add(new Entry(label, n));
			}
		}
		return new DashboardView.MeasureView(measure, guide.definition(), count, share, shareOf, guide.comparator(),
				rows, BarChart.of(entries), breakdown == null ? LineChart.of(entries) : null);
	}

	/** The figures with counts from 1 to 4, and the rates built from them, withheld as for everyone but analysts. */
	@SuppressWarnings("unchecked")
	static CensusFigures.Shown withheld(CensusFigures.Shown shown) {
		if (shown.suppressed()) {
			return shown;
		}
		Map<String, Object> totals = new LinkedHashMap<>();
		shown.measures().forEach((key, value) -> totals.put(key, withheld(value)));
		Map<String, Object> breakdowns = new LinkedHashMap<>();
		shown.breakdowns().forEach((measure, byBreakdown) -> {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) byBreakdown).forEach((breakdown, counts) -> {
				Map<String, Object> withheld = new LinkedHashMap<>();
				((Map<String, Object>) counts).forEach((category, n) -> withheld.put(category, withheld(n)));
				copy.put(breakdown, withheld);
			});
			breakdowns.put(measure, copy);
		});
		Map<String, Object> rates = new LinkedHashMap<>();
		for (Rate rate : Rate.values()) {
			rates.put(rate.key(), Share.of(totals.get(rate.numerator().key()), totals.get(rate.denominator().key())));
		}
		return new CensusFigures.Shown(shown.census(), true, totals, rates, breakdowns);
	}

	private static Object withheld(Object value) {
		return value instanceof Number n && n.longValue() >= 1 && n.longValue() <= 4 ? Share.WITHHELD : value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> categories(CensusFigures.Shown shown, Measure measure, Breakdown breakdown) {
		Map<String, Object> byBreakdown = (Map<String, Object>) shown.breakdowns().get(measure.key());
		return (Map<String, Object>) byBreakdown.get(breakdown.key());
	}

	private static List<DashboardView.TrendRow> trendRows(List<CensusFigures.Shown> trend) {
		List<DashboardView.TrendRow> rows = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			rows.add(new DashboardView.TrendRow(measure.label(), trend.stream().map(s -> s.total(measure.key())).toList(),
					false));
		}
		for (Rate rate : Rate.values()) {
			rows.add(new DashboardView.TrendRow(rate.label() + " (%)",
					trend.stream().map(s -> s.rates().get(rate.key())).toList(), true));
		}
		return rows;
	}
}
