package org.seen.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.insight.internal.CensusFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The measures other modules link to: every key resolves, figures match the insight module's own
 * and small numbers are withheld whoever reads, even an analyst.
 */
@SpringBootTest
@ActiveProfiles("test")
class MeasuresTest {

	@Autowired
	Measures measures;

	@Autowired
	CensusFigures census;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.seen.insight.internal.live.LiveTrends live;

	@Autowired
	org.seen.access.AuditTrail trail;

	@Test
	void live_and_census_measures_can_be_linked_by_stable_keys() {
		List<String> keys = measures.choices().stream().map(Measures.Choice::key).toList();
		assertThat(keys).contains("live:plans_started:plans_started", "live:referrals:referrals_made", "census:cpp_open_neglect",
				"census:cpp_open_neglect_share");
		assertThat(keys).doesNotHaveDuplicates();
		assertThat(measures.choices()).filteredOn(c -> c.key().equals("census:cpp_open_neglect_share"))
			.singleElement()
			.extracting(Measures.Choice::unit)
			.isEqualTo(Measures.Unit.PERCENT);
	}

	@Test
	void a_key_that_names_no_measure_has_no_trend() {
		assertThat(measures.trend("live:nothing:none", actors.actor("analyst"))).isEmpty();
		assertThat(measures.trend("census:nothing", actors.actor("analyst"))).isEmpty();
		assertThat(measures.exists("census:nothing")).isFalse();
	}

	@Test
	void a_live_measure_gives_the_eight_quarters_that_have_ended() {
		Measures.Trend trend = measures.trend("live:plans_started:plans_started", actors.actor("analyst")).orElseThrow();
		assertThat(trend.points()).hasSize(8);
		assertThat(trend.points()).isSortedAccordingTo((a, b) -> a.asAt().compareTo(b.asAt()));
		assertThat(trend.latest()).isPresent();
		// the running quarter is left out: its count is still growing
		assertThat(trend.latest().get().asAt()).isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
		for (Measures.Point point : trend.points()) {
			assertThat(point.withheld() ? point.value() == null : point.value() != null).isTrue();
			if (!point.withheld()) {
				assertThat(point.value().longValue() >= 1 && point.value().longValue() <= 4).isFalse();
			}
		}
	}

	@Test
	void census_figures_are_withheld_from_1_to_4_even_for_an_analyst() {
		Actor analyst = actors.actor("analyst");
		String lea = census.latestLea().orElseThrow();
		List<CensusFigures.Shown> raw = census.trend(analyst, lea);
		for (Measures.Choice choice : measures.choices()) {
			if (!choice.key().startsWith("census:") || choice.unit() != Measures.Unit.COUNT) {
				continue;
			}
			Measures.Trend trend = measures.trend(choice.key(), analyst).orElseThrow();
			assertThat(trend.points()).hasSameSizeAs(raw);
			for (int i = 0; i < raw.size(); i++) {
				Object count = raw.get(i).total(choice.key().substring("census:".length()));
				Measures.Point point = trend.points().get(i);
				long n = ((Number) count).longValue();
				if (n >= 1 && n <= 4) {
					assertThat(point.withheld()).isTrue();
					assertThat(point.value()).isNull();
				}
				else {
					assertThat(point.value()).isEqualByComparingTo(BigDecimal.valueOf(n));
				}
			}
		}
	}

	@Test
	void the_partnerships_council_is_set_so_a_neighbours_newer_return_does_not_take_over() {
		Measures pinned = new Measures(live, census, trail, "000");
		assertThat(pinned.trend("census:cpp_open_neglect", actors.actor("analyst")).orElseThrow().points())
			.as("no return of LEA 000 is stored").isEmpty();
		String latest = census.latestLea().orElseThrow();
		assertThat(new Measures(live, census, trail, latest).trend("census:cpp_open_neglect", actors.actor("analyst"))
			.orElseThrow()
			.points()).hasSameSizeAs(census.trend(actors.actor("analyst"), latest));
	}

	@Test
	void reading_a_measure_is_audited() {
		Actor analyst = actors.actor("analyst");
		int before = count(analyst);
		measures.trend("census:cpp_open_neglect", analyst);
		assertThat(count(analyst)).isEqualTo(before + 1);
	}

	private int count(Actor actor) {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'MEASURE' and account_id = ?")
			.param(actor.accountId())
			.query(Integer.class)
			.single();
	}
}
