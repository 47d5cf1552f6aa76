package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class MeasureCountsTest {

	@Test
	void the_age_band_counts_completed_years_as_a_calendar_does() {
		LocalDate born = LocalDate.of(2020, 2, 29);
		for (LocalDate on = born; on.isBefore(LocalDate.of(2038, 3, 2)); on = on.plusDays(1)) {
			int years = Period.between(born, on).getYears();
			int expected = years < 1 ? 1 : years < 5 ? 2 : years < 10 ? 3 : years < 16 ? 4 : 5;
			assertThat(MeasureCounts.ageBand(born, on)).as("on %s", on).isEqualTo(expected);
		}
		assertThat(MeasureCounts.ageBand(born, born.minusDays(1))).as("not yet born").isZero();
		assertThat(MeasureCounts.ageBand(null, born)).as("unborn").isZero();
	}

	@Test
	void ethnicity_codes_fall_in_the_dfe_groups() {
		assertThat(MeasureCounts.ethnicityGroup("WIRT")).isZero();
		assertThat(MeasureCounts.ethnicityGroup("MWAS")).isEqualTo(1);
		assertThat(MeasureCounts.ethnicityGroup("APKN")).isEqualTo(2);
		assertThat(MeasureCounts.ethnicityGroup("BCRB")).isEqualTo(3);
		assertThat(MeasureCounts.ethnicityGroup("CHNE")).isEqualTo(4);
		assertThat(MeasureCounts.ethnicityGroup("NOBT")).isEqualTo(5);
		assertThat(Breakdown.ETHNICITY.categories().get(MeasureCounts.ethnicityGroup("REFU"))).isEqualTo("Not known/refused");
	}
}
