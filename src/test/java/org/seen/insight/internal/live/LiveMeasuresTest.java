package org.seen.insight.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.insight.internal.Suppression;
import org.seen.insight.internal.live.QuarterlyFigures.BreakdownFigures;
import org.seen.insight.internal.live.QuarterlyFigures.SeriesFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each live measure against hand-made records with known answers, in quarters long before the
 * demo partnership's records. Each test's records are rolled back after it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class LiveMeasuresTest {

	@Autowired
	LiveMeasures measures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeprivationLookup lookup;

	@Autowired
	DemoActors actors;

	LiveData data;

	@org.junit.jupiter.api.BeforeEach
	void data() {
		data = new LiveData(jdbc);
	}

	private static List<Quarter> quarters(int year) {
		return List.of(new Quarter(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31)),
				new Quarter(LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30)));
	}

	private QuarterlyFigures compute(String key, List<Quarter> quarters) {
		LiveMeasure measure = measures.measures().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
		return measures.compute(measure, quarters);
	}

	private static Map<String, List<Long>> counts(QuarterlyFigures figures) {
		return figures.series().stream().collect(Collectors.toMap(s -> s.series().key(), SeriesFigures::counts));
	}

	@Test
	void neglect_is_identified_only_by_an_item_graded_4_or_5_in_the_quarter_of_completion_in_london() {
		UUID child = data.child(LocalDate.of(1995, 5, 1), "FEMALE");
		// the first moment of the year: in the first quarter
		data.assessment(child, LocalDate.of(2000, 12, 20), Instant.parse("2001-01-01T00:00:00Z"), "nutrition=3", "hygiene=2");
		data.assessment(child, LocalDate.of(2001, 2, 10), Instant.parse("2001-02-10T10:00:00Z"), "nutrition=4", "hygiene=1");
		// 23:30 UTC on 31 March 2001 is 00:30 on 1 April in London (summer time): the second quarter
		data.assessment(child, LocalDate.of(2001, 3, 31), Instant.parse("2001-03-31T23:30:00Z"), "supervision-with-carer=5");
		// a draft, however graded, is not counted; nor is one completed the moment before the first quarter
		data.assessment(child, LocalDate.of(2001, 3, 1), null, "nutrition=5");
		data.assessment(child, LocalDate.of(2000, 12, 31), Instant.parse("2000-12-31T23:59:59Z"), "nutrition=5");

		Map<String, List<Long>> neglect = counts(compute("neglect_identified", quarters(2001)));
		assertThat(neglect.get("assessments_completed")).containsExactly(2L, 1L);
		assertThat(neglect.get("assessments_neglect_identified")).containsExactly(1L, 1L);

		Map<String, List<Long>> byType = counts(compute("neglect_by_type", quarters(2001)));
		assertThat(byType.get("neglect_identified_physical")).containsExactly(1L, 0L);
		assertThat(byType.get("neglect_identified_nutritional")).containsExactly(1L, 0L);
		assertThat(byType.get("neglect_identified_supervisory")).containsExactly(0L, 1L);
		assertThat(byType.get("neglect_identified_emotional")).containsExactly(0L, 0L);
		assertThat(byType.get("neglect_identified_medical")).containsExactly(0L, 0L);
	}

	@Test
	void a_voice_counts_when_heard_in_the_90_days_to_the_quarter_end_for_a_child_with_a_current_involvement() {
		LocalDate end = LocalDate.of(2002, 3, 31);
		LocalDate born = LocalDate.of(1995, 1, 1);
		LocalDate longAgo = LocalDate.of(2001, 1, 1);
		UUID edgeInside = data.child(born, "MALE");
		data.involve(edgeInside, longAgo, null);
		data.voice(edgeInside, end.minusDays(89), "WORDS");
		UUID edgeOutside = data.child(born, "MALE");
		data.involve(edgeOutside, longAgo, null);
		data.voice(edgeOutside, end.minusDays(90), "OBSERVED");
		UUID notGathered = data.child(born, "FEMALE");
		data.involve(notGathered, longAgo, null);
		data.voice(notGathered, end.minusDays(10), "NOT_GATHERED");
		// ended_on is exclusive: an involvement ending on the quarter's last day is over by then
		UUID ended = data.child(born, "FEMALE");
		data.involve(ended, longAgo, end);
		data.voice(ended, end.minusDays(5), "WORDS");
		UUID endsAfter = data.child(born, "FEMALE");
		data.involve(endsAfter, longAgo, end.plusDays(1));
		data.voice(endsAfter, end.minusDays(30), "OBSERVED");
		UUID startsAfter = data.child(born, "MALE");
		data.involve(startsAfter, end.plusDays(1), null);
		data.voice(startsAfter, end.minusDays(3), "WORDS");
		// two agencies, counted once; heard only after the quarter
		UUID twoAgencies = data.child(born, "MALE");
		data.involve(twoAgencies, longAgo, null);
		data.involve(twoAgencies, longAgo.plusDays(3), null);
		data.voice(twoAgencies, end.plusDays(2), "WORDS");
		// an unborn baby has no voice to hear and is not counted
		UUID unborn = data.child(null, "UNKNOWN");
		data.involve(unborn, longAgo, null);

		Map<String, List<Long>> voice = counts(compute("voice_heard", quarters(2002)));
		assertThat(voice.get("children_involved").get(0)).isEqualTo(5L);
		assertThat(voice.get("children_heard").get(0)).isEqualTo(2L);
		// at the end of June: the ended and the late starter change places, and no one was heard in the 90 days
		assertThat(voice.get("children_involved").get(1)).isEqualTo(5L);
		assertThat(voice.get("children_heard").get(1)).isEqualTo(1L);
	}

	@Test
	void alerts_count_in_the_quarter_raised_and_in_the_quarter_acknowledged() {
		UUID one = data.child(LocalDate.of(1995, 1, 1), "MALE");
		UUID two = data.child(LocalDate.of(1996, 1, 1), "FEMALE");
		data.alert(one, "NOT_SEEN", Instant.parse("2003-01-05T09:00:00Z"), null);
		data.alert(two, "NOT_SEEN", Instant.parse("2003-03-30T09:00:00Z"), Instant.parse("2003-04-02T09:00:00Z"));
		data.alert(two, "SCHOOL_ABSENCE", Instant.parse("2003-05-01T09:00:00Z"), Instant.parse("2003-05-03T09:00:00Z"));

		Map<String, List<Long>> alerts = counts(compute("pattern_alerts", quarters(2003)));
		assertThat(alerts.get("alerts_raised")).containsExactly(2L, 1L);
		assertThat(alerts.get("alerts_acknowledged")).containsExactly(0L, 2L);
	}

	@Test
	void days_from_first_concern_to_first_assessment_is_a_median_with_its_count() {
		LocalDate born = LocalDate.of(1995, 1, 1);
		firstConcernThenAssessment(born, List.of("2004-01-01"), "2004-01-11"); // 10 days
		firstConcernThenAssessment(born, List.of("2003-12-02", "2004-01-05"), "2004-02-01"); // 61
		firstConcernThenAssessment(born, List.of("2004-02-01"), "2004-02-21"); // 20
		UUID removedFirst = data.child(born, "MALE");
		data.concern(removedFirst, LocalDate.of(2004, 1, 1), true);
		data.concern(removedFirst, LocalDate.of(2004, 3, 1), false);
		data.assessment(removedFirst, LocalDate.of(2004, 3, 5), Instant.parse("2004-03-06T10:00:00Z")); // 4
		// the concern came after the first assessment: not counted
		firstConcernThenAssessment(born, List.of("2004-03-10"), "2004-03-01");
		// a draft is not an assessment: the first completed one is in the second quarter
		UUID draftFirst = data.child(born, "FEMALE");
		data.concern(draftFirst, LocalDate.of(2004, 3, 1), false);
		data.assessment(draftFirst, LocalDate.of(2004, 3, 2), null);
		data.assessment(draftFirst, LocalDate.of(2004, 4, 10), Instant.parse("2004-04-10T10:00:00Z")); // 40
		// a child first assessed before the quarters is not counted in them again
		UUID earlier = data.child(born, "FEMALE");
		data.concern(earlier, LocalDate.of(2003, 11, 1), false);
		data.assessment(earlier, LocalDate.of(2003, 12, 1), Instant.parse("2003-12-01T10:00:00Z"));
		data.assessment(earlier, LocalDate.of(2004, 2, 1), Instant.parse("2004-02-01T10:00:00Z"));

		QuarterlyFigures figures = compute("concern_to_assessment", quarters(2004));
		SeriesFigures median = figures.series().get(0);
		assertThat(median.series().key()).isEqualTo("concern_to_assessment_median_days");
		assertThat(median.counts()).containsExactly(4L, 1L);
		assertThat(median.medians()).containsExactly(15.0, 40.0);
		assertThat(counts(figures).get("concern_to_assessment_children")).containsExactly(4L, 1L);

		LiveView manager = LiveView.of(quarters(2004), List.of(figures), Suppression.SMALL_NUMBERS);
		assertThat(manager.measures().get(0).series().get(0).values()).containsExactly("c", "c");
		LiveView analyst = LiveView.of(quarters(2004), List.of(figures), Suppression.NONE);
		assertThat(analyst.measures().get(0).series().get(0).values()).containsExactly(new java.math.BigDecimal("15.0"),
				new java.math.BigDecimal("40.0"));
	}

	private void firstConcernThenAssessment(LocalDate born, List<String> concerns, String assessed) {
		UUID child = data.child(born, "FEMALE");
		concerns.forEach(on -> data.concern(child, LocalDate.parse(on), false));
		data.assessment(child, LocalDate.parse(assessed), Instant.parse(assessed + "T12:00:00Z"));
	}

	@Test
	void breakdowns_place_each_child_by_age_on_the_day_sex_and_their_household_deprivation_decile() {
		lookup.upload(actors.actor("analyst"), "postcode,lsoa,imd_decile\nNB9 1AB,E01999901,2\nnb92ab,E01999902,10\n");
		UUID baby = data.child(LocalDate.of(2004, 6, 1), "FEMALE", data.household("NB9 1AB"));
		UUID older = data.child(LocalDate.of(1990, 2, 2), "MALE", data.household("NB9 2AB"));
		UUID unknown = data.child(null, "UNKNOWN", data.household("NB9 3AB"));
		for (UUID child : List.of(baby, older, unknown)) {
			data.assessment(child, LocalDate.of(2005, 2, 1), Instant.parse("2005-02-01T12:00:00Z"), "hygiene=5");
		}
		// completed on the sixteenth birthday: 16 and over
		data.assessment(older, LocalDate.of(2006, 2, 2), Instant.parse("2006-02-02T12:00:00Z"), "hygiene=2");

		QuarterlyFigures figures = compute("neglect_identified", List.of(
				new Quarter(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 3, 31)),
				new Quarter(LocalDate.of(2006, 1, 1), LocalDate.of(2006, 3, 31))));
		Map<LiveBreakdown, Map<String, Long>> neglect = breakdowns(figures, "assessments_neglect_identified");
		assertThat(neglect.get(LiveBreakdown.AGE_BAND)).containsEntry("under_1", 1L).containsEntry("10_15", 1L)
			.containsEntry("unborn", 1L).containsEntry("16_plus", 0L);
		assertThat(neglect.get(LiveBreakdown.SEX)).containsEntry("female", 1L).containsEntry("male", 1L)
			.containsEntry("not_known", 1L);
		assertThat(neglect.get(LiveBreakdown.IMD_DECILE)).containsEntry("2", 1L).containsEntry("10", 1L)
			.containsEntry("not_known", 1L).containsEntry("1", 0L);
		// the older child's second assessment, added up with the first quarter's
		assertThat(breakdowns(figures, "assessments_completed").get(LiveBreakdown.AGE_BAND)).containsEntry("10_15", 1L)
			.containsEntry("16_plus", 1L);
	}

	private static Map<LiveBreakdown, Map<String, Long>> breakdowns(QuarterlyFigures figures, String series) {
		return figures.breakdowns().stream().filter(b -> b.series().equals(series))
			.collect(Collectors.toMap(BreakdownFigures::dimension, BreakdownFigures::counts));
	}

	@Test
	void every_measure_is_recorded_now_that_seen_holds_plans_referrals_and_escalations() {
		List<QuarterlyFigures> all = measures.compute(quarters(2001));
		assertThat(all).allSatisfy(f -> assertThat(f.measure().recorded()).isTrue());
		assertThat(all).extracting(f -> f.measure().key()).contains("referrals", "plans_started", "plans_drifting",
				"step_downs_with_plan", "escalations");
	}

	@Test
	void referrals_count_in_the_quarter_they_were_made_in_london_with_step_ups_and_decisions() {
		UUID child = data.child(LocalDate.of(1996, 1, 1), "MALE");
		data.referral(child, Instant.parse("2003-01-01T00:00:00Z"), false, "CHILD_AND_FAMILY_ASSESSMENT");
		data.referral(child, Instant.parse("2003-02-01T10:00:00Z"), true, null);
		// 23:30 UTC on 31 March 2003 is in April in London
		data.referral(child, Instant.parse("2003-03-31T23:30:00Z"), true, "EARLY_HELP");
		data.referral(child, Instant.parse("2003-05-01T10:00:00Z"), false, "ADVICE_NO_FURTHER_ACTION");
		data.referral(child, Instant.parse("2002-12-31T23:59:59Z"), false, "STRATEGY_DISCUSSION");

		Map<String, List<Long>> referrals = counts(compute("referrals", quarters(2003)));
		assertThat(referrals.get("referrals_made")).containsExactly(2L, 2L);
		assertThat(referrals.get("referrals_step_up")).containsExactly(1L, 1L);
		assertThat(referrals.get("referrals_to_social_care")).containsExactly(1L, 0L);
		assertThat(referrals.get("referrals_early_help")).containsExactly(0L, 1L);
		assertThat(referrals.get("referrals_advice_nfa")).containsExactly(0L, 1L);
	}

	@Test
	void plans_started_and_drifting_at_the_quarter_end() {
		LocalDate born = LocalDate.of(1996, 1, 1);
		UUID a = data.child(born, "FEMALE");
		UUID b = data.child(born, "MALE");
		UUID c = data.child(born, "MALE");
		UUID earlyHelp = data.plan(a, LocalDate.of(2004, 1, 1), "EARLY_HELP", null, null);
		UUID statutory = data.plan(b, LocalDate.of(2004, 3, 31), "STATUTORY", LocalDate.of(2004, 6, 30), "OUTCOMES_ACHIEVED");
		data.plan(c, LocalDate.of(2003, 12, 31), "EARLY_HELP", LocalDate.of(2004, 3, 31), "MOVED_AWAY");
		// two findings on one plan count it once; a finding resolved on the quarter's last day is over by then
		data.drift(earlyHelp, a, "REVIEW_OVERDUE", LocalDate.of(2004, 2, 1), null);
		data.drift(earlyHelp, a, "NO_IMPROVEMENT", LocalDate.of(2004, 3, 1), LocalDate.of(2004, 5, 1));
		data.drift(statutory, b, "ACTIONS_OVERDUE", LocalDate.of(2004, 3, 31), LocalDate.of(2004, 3, 31));

		Map<String, List<Long>> started = counts(compute("plans_started", quarters(2004)));
		assertThat(started.get("plans_started")).containsExactly(2L, 0L);
		assertThat(started.get("plans_started_early_help")).containsExactly(1L, 0L);
		assertThat(started.get("plans_closed_achieved")).containsExactly(0L, 1L);

		Map<String, List<Long>> drifting = counts(compute("plans_drifting", quarters(2004)));
		// closed on 31 March: no longer open at that quarter's end; closed on 30 June likewise
		assertThat(drifting.get("plans_open")).containsExactly(2L, 1L);
		assertThat(drifting.get("plans_drifting")).containsExactly(1L, 1L);
		assertThat(drifting.get("drift_review_overdue")).containsExactly(1L, 1L);
		assertThat(drifting.get("drift_no_improvement")).containsExactly(1L, 0L);
	}

	@Test
	void step_downs_step_ups_and_escalations_by_stage_and_outcome() {
		UUID child = data.child(LocalDate.of(1996, 1, 1), "FEMALE");
		data.referral(child, Instant.parse("2005-01-05T10:00:00Z"), true, null);
		data.transition(child, "STEP_UP", Instant.parse("2005-01-05T10:00:00Z"));
		data.transition(child, "STEP_DOWN", Instant.parse("2005-03-01T10:00:00Z"));
		data.transition(child, "STEP_DOWN", Instant.parse("2005-04-01T10:00:00Z"));
		Map<String, List<Long>> steps = counts(compute("step_downs_with_plan", quarters(2005)));
		assertThat(steps.get("step_downs_with_plan")).containsExactly(1L, 1L);
		assertThat(steps.get("step_ups")).containsExactly(1L, 0L);

		data.escalation(child, Instant.parse("2005-01-10T10:00:00Z"), 1, Instant.parse("2005-01-20T10:00:00Z"), "AGREED");
		data.escalation(child, Instant.parse("2005-02-10T10:00:00Z"), 3, Instant.parse("2005-04-20T10:00:00Z"),
				"DECISION_UPHELD");
		data.escalation(child, Instant.parse("2005-03-10T10:00:00Z"), 4, null, null);
		data.escalation(child, Instant.parse("2005-05-10T10:00:00Z"), 2, Instant.parse("2005-05-20T10:00:00Z"),
				"PLAN_CHANGED");
		Map<String, List<Long>> escalations = counts(compute("escalations", quarters(2005)));
		assertThat(escalations.get("escalations_raised")).containsExactly(3L, 1L);
		assertThat(escalations.get("escalations_stage_1")).containsExactly(1L, 0L);
		assertThat(escalations.get("escalations_stage_2")).containsExactly(0L, 1L);
		assertThat(escalations.get("escalations_stage_3")).containsExactly(1L, 0L);
		assertThat(escalations.get("escalations_stage_4")).containsExactly(1L, 0L);
		assertThat(escalations.get("escalations_resolved")).containsExactly(1L, 2L);
		assertThat(escalations.get("escalations_resolved_agreed")).containsExactly(1L, 0L);
		assertThat(escalations.get("escalations_resolved_upheld")).containsExactly(0L, 1L);
		assertThat(escalations.get("escalations_resolved_changed")).containsExactly(0L, 1L);
	}
}
