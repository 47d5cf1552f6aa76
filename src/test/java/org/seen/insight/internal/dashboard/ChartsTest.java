package org.seen.insight.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The chart models: bars and points scale to the largest count, withheld counts draw nothing, empty data says so. */
class ChartsTest {

	@Test
	void the_largest_bar_fills_the_area_and_the_others_scale_to_it() {
		BarChart chart = BarChart.of(List.of(new Entry("Female", 40L), new Entry("Male", 20L), new Entry("Not known", 0L)));
		assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(BarChart.BAR_AREA, BarChart.BAR_AREA / 2, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::percent).containsExactly(100, 50, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::shown).containsExactly("40", "20", "0");
		assertThat(chart.empty()).isFalse();
		assertThat(chart.height()).isEqualTo(2 * BarChart.TOP + 3 * BarChart.ROW);
	}

	@Test
	void a_count_far_below_the_largest_still_shows_a_bar() {
		BarChart chart = BarChart.of(List.of(new Entry("A", 100_000L), new Entry("B", 5L)));
		assertThat(chart.bars().get(1).length()).isEqualTo(1);
		assertThat(chart.bars().get(1).percent()).isEqualTo(1);
	}

	@Test
	void a_withheld_count_gets_no_bar_and_does_not_set_the_scale() {
		BarChart chart = BarChart.of(List.of(new Entry("Under 1", "c"), new Entry("1 to 4", 10L)));
		BarChart.Bar withheld = chart.bars().get(0);
		assertThat(withheld.length()).isZero();
		assertThat(withheld.withheld()).isTrue();
		assertThat(withheld.shown()).isEqualTo("c");
		assertThat(chart.bars().get(1).length()).isEqualTo(BarChart.BAR_AREA);
	}

	@Test
	void nothing_to_count_is_an_empty_chart_but_withheld_counts_are_not_nothing() {
		assertThat(BarChart.of(List.of(new Entry("Yes", 0L), new Entry("No", 0L))).empty()).isTrue();
		assertThat(BarChart.of(List.of()).empty()).isTrue();
		assertThat(BarChart.of(List.of()).bars()).isEmpty();
		assertThat(BarChart.of(List.of(new Entry("Yes", "c"), new Entry("No", 0L))).empty()).isFalse();
		assertThat(LineChart.of(List.of(new Entry("2024-25", 0L))).empty()).isTrue();
	}

	@Test
	void a_trend_line_puts_the_largest_count_at_the_top_and_nothing_on_the_axis() {
		LineChart chart = LineChart.of(List.of(new Entry("2022-23", 0L), new Entry("2023-24", 5L), new Entry("2024-25", 10L)));
		assertThat(chart.points()).extracting(LineChart.Point::y)
			.containsExactly(chart.baseline(), chart.baseline() - LineChart.PLOT / 2, chart.top());
		assertThat(chart.points().get(1).x() - chart.points().get(0).x()).isEqualTo(LineChart.STEP);
		assertThat(chart.lines()).hasSize(1);
		assertThat(chart.maximum()).isEqualTo("10");
	}

	@Test
	void a_withheld_year_breaks_the_line_and_shows_c() {
		LineChart chart = LineChart.of(List.of(new Entry("2021-22", 8L), new Entry("2022-23", 9L), new Entry("2023-24", "c"),
				new Entry("2024-25", 7L), new Entry("2025-26", 12L)));
		assertThat(chart.lines()).hasSize(2);
		LineChart.Point withheld = chart.points().get(2);
		assertThat(withheld.withheld()).isTrue();
		assertThat(withheld.shown()).isEqualTo("c");
		assertThat(withheld.y()).isEqualTo(chart.baseline());
	}

	@Test
	void one_return_is_a_point_without_a_line() {
		LineChart chart = LineChart.of(List.of(new Entry("2025-26", 4L)));
		assertThat(chart.points()).hasSize(1);
		assertThat(chart.lines()).isEmpty();
		assertThat(chart.points().get(0).y()).isEqualTo(chart.top());
	}
}
