package org.seen.strategy.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportQuarterTest {

	@Test
	void quarters_follow_the_financial_year_from_april() {
		assertThat(ReportQuarter.holding(LocalDate.of(2026, 4, 1))).isEqualTo(new ReportQuarter(2026, 1));
		assertThat(ReportQuarter.holding(LocalDate.of(2026, 11, 30))).isEqualTo(new ReportQuarter(2026, 3));
		assertThat(ReportQuarter.holding(LocalDate.of(2027, 3, 31))).isEqualTo(new ReportQuarter(2026, 4));
		ReportQuarter q4 = new ReportQuarter(2026, 4);
		assertThat(q4.starts()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(q4.ends()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(q4.label()).isEqualTo("Quarter 4, 2026-27 (January to March 2027)");
		assertThat(q4.key()).isEqualTo("2026-27-Q4");
	}

	@Test
	void the_report_defaults_to_the_last_quarter_that_has_ended() {
		assertThat(ReportQuarter.lastEndedBy(LocalDate.of(2026, 11, 30))).isEqualTo(new ReportQuarter(2026, 2));
		assertThat(ReportQuarter.lastEndedBy(LocalDate.of(2026, 4, 2))).isEqualTo(new ReportQuarter(2025, 4));
		assertThat(ReportQuarter.endedBy(LocalDate.of(2026, 5, 1), 3)).containsExactly(new ReportQuarter(2025, 4),
				new ReportQuarter(2025, 3), new ReportQuarter(2025, 2));
	}

	@Test
	void a_key_is_read_back_and_nonsense_is_refused() {
		assertThat(ReportQuarter.parse("2026-27-Q2")).isEqualTo(new ReportQuarter(2026, 2));
		assertThat(ReportQuarter.parse(new ReportQuarter(2029, 4).key())).isEqualTo(new ReportQuarter(2029, 4));
		assertThat(ReportQuarter.parse("2026-28-Q2")).isNull();
		assertThat(ReportQuarter.parse("2026-27-Q5")).isNull();
		assertThat(ReportQuarter.parse("Q2")).isNull();
		assertThat(ReportQuarter.parse(null)).isNull();
	}
}
