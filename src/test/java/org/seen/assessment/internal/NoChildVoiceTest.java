package org.seen.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rule's edges, without a database; {@link ChildVoicesTest} raises it for real. */
class NoChildVoiceTest {

	final NoChildVoice rule = new NoChildVoice(null, 90);

	final LocalDate today = LocalDate.of(2026, 6, 30);

	@Test
	void a_child_known_for_89_days_and_never_heard_raises_nothing_yet() {
		assertThat(rule.unheard(null, today.minusDays(89), today)).isEmpty();
	}

	@Test
	void a_child_known_for_90_days_and_never_heard_raises_the_alert() {
		assertThat(rule.unheard(null, today.minusDays(90), today)).hasValueSatisfying(found -> {
			assertThat(found.reason()).contains("since agencies became involved 90 days ago");
			assertThat(found.remindAfter()).hasDays(90);
		});
	}

	@Test
	void the_clock_runs_from_the_last_time_the_child_was_heard() {
		assertThat(rule.unheard(today.minusDays(89), today.minusYears(2), today)).isEmpty();
		assertThat(rule.unheard(today.minusDays(120), today.minusYears(2), today))
			.hasValueSatisfying(found -> assertThat(found.reason()).isEqualTo("No child's voice recorded for 120 days"));
	}

	@Test
	void a_voice_heard_before_the_current_involvement_began_counts_from_the_involvement() {
		assertThat(rule.unheard(today.minusDays(400), today.minusDays(30), today)).isEmpty();
	}

	@Test
	void the_number_of_days_is_configurable() {
		assertThat(new NoChildVoice(null, 30).unheard(null, today.minusDays(30), today)).isPresent();
	}
}
