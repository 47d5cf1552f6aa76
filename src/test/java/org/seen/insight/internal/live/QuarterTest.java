package org.seen.insight.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Calendar quarters named by the financial year that starts in April. */
class QuarterTest {

	@Test
	void quarters_are_labelled_by_the_financial_year_starting_in_april() {
		assertThat(Quarter.holding(LocalDate.of(2026, 11, 24)).label()).isEqualTo("2026-27 Q3 (Oct–Dec 2026)");
		assertThat(Quarter.holding(LocalDate.of(2027, 3, 31)).label()).isEqualTo("2026-27 Q4 (Jan–Mar 2027)");
		assertThat(Quarter.holding(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026-27 Q1 (Apr–Jun 2026)");
		assertThat(Quarter.holding(LocalDate.of(2026, 9, 30)).label()).isEqualTo("2026-27 Q2 (Jul–Sep 2026)");
		assertThat(Quarter.holding(LocalDate.of(1999, 12, 1)).key()).isEqualTo("1999-00-Q3");
	}

	@Test
	void the_last_quarters_run_oldest_first_to_today() {
		List<Quarter> quarters = Quarter.lastUpTo(LocalDate.of(2026, 11, 24), 8);
		assertThat(quarters).hasSize(8);
		assertThat(quarters.get(0)).isEqualTo(new Quarter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
		assertThat(quarters.get(0).complete()).isTrue();
		assertThat(quarters.get(6)).isEqualTo(new Quarter(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
		assertThat(quarters.get(7)).isEqualTo(new Quarter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 24)));
		assertThat(quarters.get(7).complete()).isFalse();
		assertThat(quarters.get(7).end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(Quarter.lastUpTo(LocalDate.of(2026, 12, 31), 1).get(0).complete()).isTrue();
	}
}
