package org.seen.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes every measure of a stored return, and its breakdowns, from the return's rows in one
 * set-based statement: each table is read once and every row says which measures it counts in
 * (a lateral list of measure, date and condition), then the counts are grouped by measure and by
 * each breakdown at once (grouping sets). Definitions: docs/cin-census.md.
 */
@Service
class NeglectMeasures {

	/*
	 * The date each measure is about, for the age band: the referral date, the authorisation date,
	 * the start or end date, or the reference date for what is open at it. "Before" a referral is a
	 * strictly earlier date, found as the latest referral date at least a day earlier.
	 */
	private static final String SQL = """
			with census_child as materialized (
			  select child_no, birth_date, sex, ethnicity, disabled from cin_census_child where return_id = :id
			),
			referral as (
			  select r.child_no, r.referral_date, r.closure_date, r.reason_for_closure, r.referral_nfa, r.neglect,
			         max(r.referral_date) over (partition by r.child_no order by r.referral_date
			           range between unbounded preceding and interval '1 day' preceding) as previous_referral
			  from cin_referral r where r.return_id = :id
			),
			referral_flag as (
			  select r.*, r.referral_date between :start and :ref as in_year,
			         r.previous_referral >= (r.referral_date - interval '12 months')::date as re_referral,
			         r.closure_date between :start and :ref and r.reason_for_closure = 'RC9' as to_early_help
			  from referral r
			),
			protection as (
			  select p.child_no, p.start_date, p.end_date, p.initial_category = 'NEG' as initial_neglect,
			         p.latest_category = 'NEG' as latest_neglect,
			         p.previous_plans > 0 or p.start_date > min(p.start_date) over (partition by p.child_no) as subsequent,
			         p.start_date between :start and :ref as started,
			         p.end_date between :start and :ref as ended,
			         p.start_date <= :ref and (p.end_date is null or p.end_date > :ref) as open
			  from cin_protection_plan p where p.return_id = :id
			),
			contribution (measure, child_no, on_date) as (
			  select m.measure, r.child_no, m.on_date
			  from referral_flag r cross join lateral (values
			    ('referrals', r.referral_date, r.in_year),
			    ('referrals_nfa', r.referral_date, r.in_year and r.referral_nfa),
			    ('re_referrals', r.referral_date, r.in_year and r.re_referral),
			    ('referrals_neglect', r.referral_date, r.in_year and r.neglect),
			    ('re_referrals_neglect', r.referral_date, r.in_year and r.re_referral and r.neglect),
			    ('closed_to_early_help', r.closure_date, r.to_early_help),
			    ('closed_to_early_help_neglect', r.closure_date, r.to_early_help and r.neglect)
			  ) m (measure, on_date, counts)
			  where m.counts
			  union all
			  select m.measure, a.child_no, a.authorisation_date
			  from cin_assessment a cross join lateral (values
			    ('assessments', true),
			    ('assessments_neglect', '16A' = any (a.factors))
			  ) m (measure, counts)
			  where a.return_id = :id and a.authorisation_date between :start and :ref and m.counts
			  union all
			  select distinct 'cin_plans_neglect_over_6_months', p.child_no, cast(:ref as date)
			  from cin_plan p
			  where p.return_id = :id and p.start_date <= :sixMonthsBefore and (p.end_date is null or p.end_date > :ref)
			    and exists (select 1 from cin_referral e where e.return_id = :id and e.child_no = p.child_no
			                and e.episode_no = p.episode_no and e.neglect)
			  union all
			  select m.measure, p.child_no, m.on_date
			  from protection p cross join lateral (values
			    ('cpp_started', p.start_date, p.started),
			    ('cpp_started_neglect', p.start_date, p.started and p.initial_neglect),
			    ('cpp_started_subsequent', p.start_date, p.started and p.subsequent),
			    ('cpp_started_subsequent_neglect', p.start_date, p.started and p.subsequent and p.initial_neglect),
			    ('cpp_ended', p.end_date, p.ended),
			    ('cpp_ended_2_years_or_more', p.end_date, p.ended and p.end_date >= p.start_date + interval '2 years'),
			    ('cpp_ended_2_years_or_more_neglect', p.end_date,
			      p.ended and p.end_date >= p.start_date + interval '2 years' and p.initial_neglect)
			  ) m (measure, on_date, counts)
			  where m.counts
			  union all
			  select distinct m.measure, p.child_no, cast(:ref as date)
			  from protection p cross join lateral (values
			    ('cpp_open', true),
			    ('cpp_open_neglect', p.initial_neglect),
			    ('cpp_open_neglect_latest', p.latest_neglect),
			    ('cpp_open_12_months_neglect', p.latest_neglect and p.start_date <= :twelveMonthsBefore)
			  ) m (measure, counts)
			  where p.open and m.counts
			),
			described as (
			  select c.measure,
			         case when ch.birth_date is null or ch.birth_date > c.on_date then 'unborn'
			              when age.years < 1 then 'under_1' when age.years < 5 then '1_4' when age.years < 10 then '5_9'
			              when age.years < 16 then '10_15' else '16_plus' end as age_band,
			         case ch.sex when 'F' then 'female' when 'M' then 'male' else 'not_known' end as sex,
			         case when ch.ethnicity in ('REFU', 'NOBT') then 'Not known/refused'
			              when ch.ethnicity like 'W%' then 'White' when ch.ethnicity like 'M%' then 'Mixed'
			              when ch.ethnicity like 'A%' then 'Asian or Asian British'
			              when ch.ethnicity like 'B%' then 'Black or Black British'
			              else 'Other ethnic group' end as ethnicity,
			         case when ch.disabled then 'yes' else 'no' end as disability
			  from contribution c join census_child ch on ch.child_no = c.child_no
			  cross join lateral (select extract(year from age(c.on_date, ch.birth_date)) as years) age
			)
			select measure,
			       case when grouping(age_band) = 0 then 'age_band' when grouping(sex) = 0 then 'sex'
			            when grouping(ethnicity) = 0 then 'ethnicity' when grouping(disability) = 0 then 'disability'
			            else '' end as breakdown,
			       coalesce(age_band, sex, ethnicity, disability, '') as category,
			       count(*) as n
			from described
			group by grouping sets ((measure), (measure, age_band), (measure, sex), (measure, ethnicity),
			  (measure, disability))
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	NeglectMeasures(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transaction = transaction;
	}

	/** The recompute's plan, for the benchmark. */
	List<String> explain(UUID returnId, LocalDate referenceDate) {
		return transaction.execute(status -> {
			jdbc.sql("set local work_mem = '256MB'").update();
			return jdbc.sql("explain (analyze, buffers) " + SQL)
				.param("id", returnId)
				.param("ref", referenceDate)
				.param("start", referenceDate.minusYears(1).plusDays(1))
				.param("sixMonthsBefore", referenceDate.minusMonths(6))
				.param("twelveMonthsBefore", referenceDate.minusMonths(12))
				.query(String.class)
				.list();
		});
	}

	/** Stores the return's figures, counted as it was read ({@link MeasureCounts}). */
	void store(UUID returnId, MeasureFigures figures) {
		List<Object[]> rows = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			rows.add(new Object[] { returnId, measure.key(), "", "", figures.total(measure) });
			for (Breakdown breakdown : Breakdown.values()) {
				for (String category : breakdown.categories()) {
					rows.add(new Object[] { returnId, measure.key(), breakdown.key(), category,
							figures.count(measure, breakdown, category) });
				}
			}
		}
		jdbcTemplate.batchUpdate("insert into cin_measure (return_id, measure, breakdown, category, count) values (?, ?, ?, ?, ?)",
				rows);
	}

	/** The figures stored with the return: what the API and the pages show. */
	MeasureFigures stored(UUID returnId, LocalDate referenceDate) {
		MeasureFigures figures = MeasureFigures.empty(referenceDate);
		jdbc.sql("select measure, breakdown, category, count from cin_measure where return_id = ?")
			.param(returnId)
			.query(rs -> {
				put(figures, rs.getString("measure"), rs.getString("breakdown"), rs.getString("category"),
						rs.getLong("count"));
			});
		return figures;
	}

	private static void put(MeasureFigures figures, String measureKey, String breakdown, String category, long count) {
		Measure measure = Measure.ofKey(measureKey);
		if (breakdown.isEmpty()) {
			figures.totals().put(measure, count);
		}
		else {
			figures.breakdowns().get(measure).get(Breakdown.ofKey(breakdown)).put(category, count);
		}
	}

	/**
	 * Every measure of the return recomputed from its stored rows, set-based; the same definitions
	 * as {@link MeasureCounts}, which counts them as the return is read.
	 */
	MeasureFigures compute(UUID returnId, LocalDate referenceDate) {
		MeasureFigures figures = MeasureFigures.empty(referenceDate);
		transaction.executeWithoutResult(status -> {
			// a national return's join and grouping fit in memory rather than spilling to disk
			jdbc.sql("set local work_mem = '256MB'").update();
			jdbc.sql(SQL)
				.param("id", returnId)
				.param("ref", referenceDate)
				.param("start", referenceDate.minusYears(1).plusDays(1))
				.param("sixMonthsBefore", referenceDate.minusMonths(6))
				.param("twelveMonthsBefore", referenceDate.minusMonths(12))
				.query(rs -> {
					put(figures, rs.getString("measure"), rs.getString("breakdown"), rs.getString("category"),
							rs.getLong("n"));
				});
		});
		return figures;
	}
}
