package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SuppressionTest {

	@Test
	void counts_from_one_to_four_are_withheld_for_everyone_but_analysts() {
		assertThat(Suppression.SMALL_NUMBERS.count(0)).isEqualTo(0L);
		assertThat(Suppression.SMALL_NUMBERS.count(1)).isEqualTo("c");
		assertThat(Suppression.SMALL_NUMBERS.count(4)).isEqualTo("c");
		assertThat(Suppression.SMALL_NUMBERS.count(5)).isEqualTo(5L);
		assertThat(Suppression.NONE.count(3)).isEqualTo(3L);
	}

	@Test
	void a_rate_built_from_a_small_number_is_withheld_too() {
		assertThat(Suppression.SMALL_NUMBERS.rate(3, 40)).isEqualTo("c");
		assertThat(Suppression.SMALL_NUMBERS.rate(40, 3)).isEqualTo("c");
		assertThat(Suppression.SMALL_NUMBERS.rate(0, 40)).isEqualTo(new BigDecimal("0.0"));
		assertThat(Suppression.SMALL_NUMBERS.rate(10, 40)).isEqualTo(new BigDecimal("25.0"));
		assertThat(Suppression.NONE.rate(3, 40)).isEqualTo(new BigDecimal("7.5"));
		assertThat(Suppression.SMALL_NUMBERS.rate(5, 0)).isNull();
	}
}
