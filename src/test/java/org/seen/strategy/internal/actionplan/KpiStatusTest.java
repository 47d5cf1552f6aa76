package org.seen.strategy.internal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seen.access.Actor;
import org.seen.access.Role;
import org.seen.strategy.internal.actionplan.KpiMeasures.Point;
import org.seen.strategy.internal.actionplan.StrategyParts.Kpi;

/** The rule that gives an indicator its status, and how a linked indicator takes its figures. */
class KpiStatusTest {

	@ParameterizedTest(name = "{0}: baseline {1}, target {2}, now {3} -> {4}")
	@CsvSource(nullValues = "-", textBlock = """
			HIGHER_IS_BETTER, 100, 400, 400, TARGET_MET
			HIGHER_IS_BETTER, 100, 400, 450, TARGET_MET
			HIGHER_IS_BETTER, 100, 400, 284, IMPROVING
			HIGHER_IS_BETTER, 100, 400, 100, NO_CHANGE
			HIGHER_IS_BETTER, 100, 400, 90,  WORSE
			HIGHER_IS_BETTER, 100, 400, -,   NO_DATA
			LOWER_IS_BETTER,  85,  70,  70,  TARGET_MET
			LOWER_IS_BETTER,  85,  70,  64,  TARGET_MET
			LOWER_IS_BETTER,  85,  70,  80,  IMPROVING
			LOWER_IS_BETTER,  85,  70,  85,  NO_CHANGE
			LOWER_IS_BETTER,  85,  70,  91,  WORSE
			LOWER_IS_BETTER,  85,  70,  -,   NO_DATA
			HIGHER_IS_BETTER, -,   400, 300, NO_CHANGE
			HIGHER_IS_BETTER, -,   400, 410, TARGET_MET
			HIGHER_IS_BETTER, 100, -,   120, IMPROVING
			LOWER_IS_BETTER,  100, -,   120, WORSE
			HIGHER_IS_BETTER, -,   -,   120, NO_CHANGE
			""")
	void status_compares_the_current_value_with_target_then_baseline_in_the_better_direction(Direction direction,
			BigDecimal baseline, BigDecimal target, BigDecimal current, KpiStatus expected) {
		assertThat(KpiStatus.of(direction, baseline, target, current)).isEqualTo(expected);
	}

	@Test
	void a_withheld_current_figure_counts_as_no_data_yet() {
		KpiView view = new KpiView(kpi("live:x", KpiUnit.COUNT, Direction.HIGHER_IS_BETTER, 10, 20),
				"Plans started", "Seen's records",
				List.of(point("Q1", 30, false), point("Q2", null, true)));
		assertThat(view.status()).isEqualTo(KpiStatus.NO_DATA);
		assertThat(view.shownCurrent()).isEqualTo("c");
	}

	@Test
	void a_linked_indicator_takes_its_current_value_and_trend_from_the_measure() {
		KpiMeasures measures = new KpiMeasures() {
			@Override
			public List<Choice> choices() {
				return List.of(new Choice("census:cpp_open_neglect", "Open child protection plans: neglect",
						"Children in Need census, by year"));
			}

			@Override
			public Optional<Trend> trend(String key, Actor actor) {
				return key.equals("census:cpp_open_neglect")
						? Optional.of(new Trend(key, "Open child protection plans: neglect",
								"Children in Need census, by year", List.of(point("2023-24", 90, LocalDate.of(2024, 3, 31)),
										point("2024-25", 85, LocalDate.of(2025, 3, 31)),
										point("2025-26", 78, LocalDate.of(2026, 3, 31)))))
						: Optional.empty();
			}
		};
		StrategyActionPlan plan = new StrategyActionPlan(null, measures, null, null,
				Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
		Actor analyst = new Actor(UUID.randomUUID(), "analyst", "Analyst", Role.ANALYST, null);

		KpiView view = plan.kpiView(analyst,
				kpi("census:cpp_open_neglect", KpiUnit.COUNT, Direction.LOWER_IS_BETTER, 85, 70), null);

		assertThat(view.currentValue()).isEqualByComparingTo("78");
		assertThat(view.points()).extracting(Point::period).containsExactly("2023-24", "2024-25", "2025-26");
		assertThat(view.status()).isEqualTo(KpiStatus.IMPROVING);
		assertThat(view.measureLabel()).isEqualTo("Open child protection plans: neglect");
		assertThat(view.sparkline(120, 30)).startsWith("M");

		KpiView asAtLastYear = plan.kpiView(analyst,
				kpi("census:cpp_open_neglect", KpiUnit.COUNT, Direction.LOWER_IS_BETTER, 85, 70),
				LocalDate.of(2025, 6, 30));
		assertThat(asAtLastYear.currentValue()).isEqualByComparingTo("85");
		assertThat(asAtLastYear.status()).isEqualTo(KpiStatus.NO_CHANGE);

		KpiView gone = plan.kpiView(analyst, kpi("live:gone", KpiUnit.COUNT, Direction.LOWER_IS_BETTER, 85, 70), null);
		assertThat(gone.status()).isEqualTo(KpiStatus.NO_DATA);
		assertThat(gone.measureLabel()).contains("no longer available");
	}

	@Test
	void small_counts_are_withheld_but_percentages_are_not() {
		assertThat(Figures.show(new BigDecimal("3"), KpiUnit.COUNT)).isEqualTo("c");
		assertThat(Figures.show(new BigDecimal("0"), KpiUnit.COUNT)).isEqualTo("0");
		assertThat(Figures.show(new BigDecimal("5"), KpiUnit.COUNT)).isEqualTo("5");
		assertThat(Figures.show(new BigDecimal("3"), KpiUnit.PERCENT)).isEqualTo("3%");
		assertThat(Figures.show(new BigDecimal("62.50"), KpiUnit.PERCENT)).isEqualTo("62.5%");
	}

	@Test
	void quarters_are_of_the_financial_year() {
		assertThat(Quarters.label(LocalDate.of(2026, 10, 1))).isEqualTo("Quarter 3, 2026-27");
		assertThat(Quarters.label(LocalDate.of(2027, 2, 14))).isEqualTo("Quarter 4, 2026-27");
		assertThat(Quarters.label(LocalDate.of(2026, 4, 1))).isEqualTo("Quarter 1, 2026-27");
		assertThat(Quarters.endOf(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(Quarters.isStart(LocalDate.of(2026, 7, 1))).isTrue();
		assertThat(Quarters.isStart(LocalDate.of(2026, 8, 1))).isFalse();
	}

	static Kpi kpi(String key, KpiUnit unit, Direction direction, int baseline, int target) {
		return new Kpi(UUID.randomUUID(), UUID.randomUUID(), "An indicator", key, unit, BigDecimal.valueOf(baseline),
				LocalDate.of(2025, 3, 31), BigDecimal.valueOf(target), LocalDate.of(2027, 3, 31), direction, 0);
	}

	static Point point(String period, int value, LocalDate asAt) {
		return new Point(period, asAt, BigDecimal.valueOf(value), false);
	}

	static Point point(String period, Integer value, boolean withheld) {
		return new Point(period, null, value == null ? null : BigDecimal.valueOf(value), withheld);
	}
}
