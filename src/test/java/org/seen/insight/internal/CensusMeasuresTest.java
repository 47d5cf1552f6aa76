package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seen.insight.internal.CinXml.assessment;
import static org.seen.insight.internal.CinXml.census;
import static org.seen.insight.internal.CinXml.child;
import static org.seen.insight.internal.CinXml.cinPlan;
import static org.seen.insight.internal.CinXml.episode;
import static org.seen.insight.internal.CinXml.protectionPlan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each definition of docs/cin-census.md at its edges, from hand-made returns with known answers.
 * Every return here has its own LEA code, so none replaces another. Each answer is checked twice:
 * as counted while the return is read, and as recomputed in SQL from its stored rows.
 */
@SpringBootTest
@ActiveProfiles("test")
class CensusMeasuresTest {

	private static final AtomicInteger LEA = new AtomicInteger(300);

	@Autowired
	CensusImport importer;

	@Autowired
	NeglectMeasures measures;

	@Autowired
	DemoActors actors;

	private MeasureFigures figures(String referenceDate, String... children) {
		String xml = census(String.valueOf(LEA.incrementAndGet()), referenceDate, children);
		ImportedReturn imported = importer.importReturn(actors.actor("analyst"),
				new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		MeasureFigures counted = measures.stored(imported.id(), imported.referenceDate());
		MeasureFigures recomputed = measures.compute(imported.id(), imported.referenceDate());
		assertThat(recomputed).as("counted while reading, and recomputed in SQL from the stored rows")
			.isEqualTo(counted);
		return counted;
	}

	// referrals: the year is the 12 months ending on the reference date, inclusive

	@Test
	void a_referral_on_the_first_day_of_the_year_counts_and_one_the_day_before_does_not() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10", episode("2023-04-01")),
				child("A2", "2015-01-10", episode("2023-03-31")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(1);
	}

	@Test
	void a_referral_on_the_reference_date_counts() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10", episode("2024-03-31")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(1);
	}

	@Test
	void the_year_of_a_leap_day_reference_date_starts_on_the_first_of_march() {
		// 2024-02-29 minus one year is 2023-02-28, so the year starts on 2023-03-01
		MeasureFigures f = figures("2024-02-29", child("A1", "2015-01-10", episode("2023-03-01")),
				child("A2", "2015-01-10", episode("2023-02-28")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(1);
	}

	@Test
	void referrals_with_no_further_action_are_counted_among_referrals() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-06-01", "2023-06-02", "RC8", true)),
				child("A2", "2015-01-10", episode("2023-06-01")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(2);
		assertThat(f.total(Measure.REFERRALS_NFA)).isEqualTo(1);
	}

	// re-referrals: another referral of the same child before this one, no more than 12 months before

	@Test
	void a_referral_exactly_12_months_after_an_earlier_one_is_a_re_referral() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10",
				episode("2022-09-15", "2022-10-01", "RC8", false), episode("2023-09-15")));
		assertThat(f.total(Measure.RE_REFERRALS)).isEqualTo(1);
	}

	@Test
	void a_referral_12_months_and_a_day_after_an_earlier_one_is_not_a_re_referral() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10",
				episode("2022-09-14", "2022-10-01", "RC8", false), episode("2023-09-15")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(1);
		assertThat(f.total(Measure.RE_REFERRALS)).isZero();
	}

	@Test
	void twelve_months_before_the_last_day_of_a_month_is_calendar_arithmetic() {
		// 2024-02-29 minus 12 months is 2023-02-28: a referral on 2023-02-28 is within 12 months
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10",
				episode("2023-02-28", "2023-03-10", "RC8", false), episode("2024-02-29")));
		assertThat(f.total(Measure.RE_REFERRALS)).isEqualTo(1);
	}

	@Test
	void a_referral_on_the_same_day_as_another_is_not_a_re_referral() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-09-15", "2023-09-16", "RC8", true), episode("2023-09-15")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(2);
		assertThat(f.total(Measure.RE_REFERRALS)).isZero();
	}

	@Test
	void the_earlier_referral_may_be_before_the_year_and_only_the_later_one_counts() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10",
				episode("2023-01-10", "2023-02-01", "RC8", false), episode("2023-05-10", "2023-06-01", "RC8", false),
				episode("2023-08-10")));
		assertThat(f.total(Measure.REFERRALS)).isEqualTo(2);
		assertThat(f.total(Measure.RE_REFERRALS)).isEqualTo(2);
	}

	@Test
	void another_childs_referral_does_not_make_a_re_referral() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10", episode("2023-05-10")),
				child("A2", "2015-01-10", episode("2023-08-10")));
		assertThat(f.total(Measure.RE_REFERRALS)).isZero();
	}

	@Test
	void a_neglect_episode_is_one_with_any_assessment_recording_16A() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2022-10-01", "2022-12-01", "RC8", false),
						episode("2023-06-01", assessment("2023-06-01", "2023-06-20", "3A"),
								assessment("2023-07-01", null, "16A", "4A"))),
				child("A2", "2015-01-10", episode("2023-06-01", assessment("2023-06-01", "2023-06-20", "3A"))));
		assertThat(f.total(Measure.REFERRALS_NEGLECT)).isEqualTo(1);
		assertThat(f.total(Measure.RE_REFERRALS)).isEqualTo(1);
		assertThat(f.total(Measure.RE_REFERRALS_NEGLECT)).isEqualTo(1);
	}

	// assessments: by authorisation date

	@Test
	void assessments_count_by_their_authorisation_date_in_the_year() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10", episode("2023-03-01",
				assessment("2023-03-01", "2023-03-31", "16A"), assessment("2023-03-20", "2023-04-01", "16A"),
				assessment("2024-03-01", "2024-03-31", "2A"), assessment("2024-03-20", null, "16A"))));
		assertThat(f.total(Measure.ASSESSMENTS)).isEqualTo(2);
		assertThat(f.total(Measure.ASSESSMENTS_NEGLECT)).isEqualTo(1);
	}

	// CIN plans for neglect open at the reference date for 6 months or more

	@Test
	void six_months_before_the_31st_of_august_is_the_28th_of_february() {
		MeasureFigures f = figures("2023-08-31",
				child("A1", "2015-01-10", episode("2023-01-05", assessment("2023-01-05", "2023-01-20", "16A"),
						cinPlan("2023-02-28", null))),
				child("A2", "2015-01-10", episode("2023-01-05", assessment("2023-01-05", "2023-01-20", "16A"),
						cinPlan("2023-03-01", null))));
		assertThat(f.total(Measure.CIN_PLANS_NEGLECT_OVER_6_MONTHS)).isEqualTo(1);
	}

	@Test
	void a_plan_that_ended_on_the_reference_date_is_not_open_and_one_ending_later_is() {
		// an end date after the reference date cannot be in the return, so the open one has none
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-01-05", assessment("2023-01-05", "2023-01-20", "16A"),
						cinPlan("2023-02-01", "2024-03-31"))),
				child("A2", "2015-01-10", episode("2023-01-05", assessment("2023-01-05", "2023-01-20", "16A"),
						cinPlan("2023-02-01", null))));
		assertThat(f.total(Measure.CIN_PLANS_NEGLECT_OVER_6_MONTHS)).isEqualTo(1);
	}

	@Test
	void a_cin_plan_counts_only_in_a_neglect_episode_and_each_child_once() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-01-05", assessment("2023-01-05", "2023-01-20", "16A"),
						cinPlan("2023-02-01", null), cinPlan("2023-03-01", null))),
				child("A2", "2015-01-10", episode("2023-01-05", assessment("2023-01-05", "2023-01-20", "3A"),
						cinPlan("2023-02-01", null))));
		assertThat(f.total(Measure.CIN_PLANS_NEGLECT_OVER_6_MONTHS)).isEqualTo(1);
	}

	// child protection plans open at the reference date

	@Test
	void children_on_plans_at_the_reference_date_are_counted_once_each() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2022-01-05",
						protectionPlan("2022-02-01", "2022-09-01", "PHY", "PHY", 0),
						protectionPlan("2023-02-01", null, "NEG", "EMO", 1))),
				child("A2", "2015-01-10", episode("2022-01-05", protectionPlan("2023-02-01", "2024-03-31", "NEG", "NEG", 0))),
				child("A3", "2015-01-10", episode("2022-01-05", protectionPlan("2024-03-31", null, "EMO", "NEG", 0))));
		assertThat(f.total(Measure.CPP_OPEN)).as("A1 and A3; A2's plan ended on the reference date").isEqualTo(2);
		assertThat(f.total(Measure.CPP_OPEN_NEGLECT)).as("initial category").isEqualTo(1);
		assertThat(f.total(Measure.CPP_OPEN_NEGLECT_LATEST)).as("latest category").isEqualTo(1);
	}

	@Test
	void a_plan_open_12_months_starts_on_or_before_the_reference_date_minus_12_months() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-01-05", protectionPlan("2023-03-31", null, "EMO", "NEG", 0))),
				child("A2", "2015-01-10", episode("2023-01-05", protectionPlan("2023-04-01", null, "NEG", "NEG", 0))),
				child("A3", "2015-01-10", episode("2023-01-05", protectionPlan("2023-01-10", null, "NEG", "EMO", 0))));
		assertThat(f.total(Measure.CPP_OPEN_12_MONTHS_NEGLECT)).isEqualTo(1);
	}

	// plans started, second or subsequent plans

	@Test
	void a_plan_is_subsequent_with_previous_plans_recorded_or_an_earlier_plan_in_the_return() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-04-05", protectionPlan("2023-05-01", null, "NEG", "NEG", 2))),
				child("A2", "2015-01-10", episode("2022-01-05", protectionPlan("2022-02-01", "2022-08-01", "PHY", "PHY", 0)),
						episode("2023-04-05", protectionPlan("2023-05-01", null, "NEG", "NEG", 0))),
				child("A3", "2015-01-10", episode("2023-04-05", protectionPlan("2023-05-01", null, "EMO", "EMO", 0))));
		assertThat(f.total(Measure.CPP_STARTED)).isEqualTo(3);
		assertThat(f.total(Measure.CPP_STARTED_NEGLECT)).isEqualTo(2);
		assertThat(f.total(Measure.CPP_STARTED_SUBSEQUENT)).isEqualTo(2);
		assertThat(f.total(Measure.CPP_STARTED_SUBSEQUENT_NEGLECT)).isEqualTo(2);
	}

	@Test
	void a_plan_started_the_same_day_as_another_is_not_subsequent_to_it() {
		MeasureFigures f = figures("2024-03-31", child("A1", "2015-01-10", episode("2023-04-05",
				protectionPlan("2023-05-01", "2023-05-01", "EMO", "EMO", 0), protectionPlan("2023-05-01", null, "NEG", "NEG", 0))));
		assertThat(f.total(Measure.CPP_STARTED)).isEqualTo(2);
		assertThat(f.total(Measure.CPP_STARTED_SUBSEQUENT)).isZero();
	}

	// plans ended, and lasting two years or more

	@Test
	void a_plan_ending_exactly_two_years_after_it_started_lasted_two_years() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2012-01-10", episode("2021-01-05", protectionPlan("2021-06-01", "2023-06-01", "NEG", "PHY", 0))),
				child("A2", "2012-01-10", episode("2021-01-05", protectionPlan("2021-06-01", "2023-05-31", "NEG", "NEG", 0))),
				child("A3", "2012-01-10", episode("2021-01-05", protectionPlan("2021-06-01", "2023-07-01", "EMO", "EMO", 0))));
		assertThat(f.total(Measure.CPP_ENDED)).isEqualTo(3);
		assertThat(f.total(Measure.CPP_ENDED_2_YEARS_OR_MORE)).isEqualTo(2);
		assertThat(f.total(Measure.CPP_ENDED_2_YEARS_OR_MORE_NEGLECT)).isEqualTo(1);
	}

	@Test
	void two_years_after_a_leap_day_is_the_28th_of_february() {
		MeasureFigures f = figures("2022-03-31",
				child("A1", "2012-01-10", episode("2020-01-05", protectionPlan("2020-02-29", "2022-02-28", "NEG", "NEG", 0))));
		assertThat(f.total(Measure.CPP_ENDED_2_YEARS_OR_MORE)).isEqualTo(1);
	}

	@Test
	void a_plan_ended_before_the_year_is_not_counted_as_ended() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2012-01-10", episode("2020-01-05", protectionPlan("2020-02-01", "2023-03-31", "NEG", "NEG", 0))));
		assertThat(f.total(Measure.CPP_ENDED)).isZero();
	}

	// closures to early help

	@Test
	void episodes_closed_in_the_year_with_RC9_are_closed_to_early_help() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2015-01-10", episode("2023-01-05", "2023-04-01", "RC9", false,
						assessment("2023-01-05", "2023-02-01", "16A"))),
				child("A2", "2015-01-10", episode("2023-01-05", "2023-03-31", "RC9", false)),
				child("A3", "2015-01-10", episode("2023-05-05", "2023-06-01", "RC8", false)),
				child("A4", "2015-01-10", episode("2023-05-05", "2024-03-31", "RC9", false)));
		assertThat(f.total(Measure.CLOSED_TO_EARLY_HELP)).isEqualTo(2);
		assertThat(f.total(Measure.CLOSED_TO_EARLY_HELP_NEGLECT)).isEqualTo(1);
	}

	// breakdowns

	@Test
	void an_unborn_child_is_in_the_unborn_band_and_a_child_born_after_the_referral_too() {
		MeasureFigures f = figures("2024-03-31",
				child("U1", "expected:2024-06-01", episode("2024-01-10")),
				child("U2", "2023-11-20", episode("2023-10-01")),
				child("B1", "2023-11-20", episode("2023-11-20")));
		assertThat(f.count(Measure.REFERRALS, Breakdown.AGE_BAND, "unborn")).isEqualTo(2);
		assertThat(f.count(Measure.REFERRALS, Breakdown.AGE_BAND, "under_1")).isEqualTo(1);
	}

	@Test
	void the_age_band_changes_on_the_birthday() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2022-06-01", episode("2023-06-01")),
				child("A2", "2022-06-02", episode("2023-06-01")),
				child("A3", "2018-06-01", episode("2023-06-01")),
				child("A4", "2013-06-01", episode("2023-06-01")),
				child("A5", "2007-06-01", episode("2023-06-01")),
				child("A6", "2007-06-02", episode("2023-06-01")));
		assertThat(f.breakdowns().get(Measure.REFERRALS).get(Breakdown.AGE_BAND))
			.containsEntry("unborn", 0L).containsEntry("under_1", 1L).containsEntry("1_4", 1L)
			.containsEntry("5_9", 1L).containsEntry("10_15", 2L).containsEntry("16_plus", 1L);
	}

	@Test
	void open_plans_are_banded_by_age_at_the_reference_date() {
		MeasureFigures f = figures("2024-03-31",
				child("A1", "2019-03-31", episode("2023-01-05", protectionPlan("2023-02-01", null, "NEG", "NEG", 0))));
		assertThat(f.count(Measure.CPP_OPEN, Breakdown.AGE_BAND, "5_9")).isEqualTo(1);
	}

	@Test
	void sex_ethnicity_and_disability_break_down_as_the_DfE_publishes() {
		MeasureFigures f = figures("2024-03-31",
				CinXml.described("S1", "2015-01-10", "<GenderCurrent>1</GenderCurrent>", "MWBC", "NONE", episode("2023-06-01")),
				CinXml.described("S2", "2015-01-10", "<GenderCurrent>2</GenderCurrent>", "CHNE", "AUT", episode("2023-06-01")),
				CinXml.described("S3", "2015-01-10", "<GenderCurrent>9</GenderCurrent>", "REFU", "NONE", episode("2023-06-01")),
				CinXml.described("S4", "2015-01-10", "<Sex>M</Sex>", "BAFR", "LD", episode("2023-06-01")));
		assertThat(f.breakdowns().get(Measure.REFERRALS).get(Breakdown.SEX)).containsEntry("male", 2L)
			.containsEntry("female", 1L).containsEntry("not_known", 1L);
		assertThat(f.breakdowns().get(Measure.REFERRALS).get(Breakdown.ETHNICITY)).containsEntry("Mixed", 1L)
			.containsEntry("Other ethnic group", 1L).containsEntry("Not known/refused", 1L)
			.containsEntry("Black or Black British", 1L).containsEntry("White", 0L);
		assertThat(f.breakdowns().get(Measure.REFERRALS).get(Breakdown.DISABILITY)).containsEntry("yes", 2L)
			.containsEntry("no", 2L);
	}
}
