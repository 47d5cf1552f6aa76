package org.seen.insight.internal.live;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seen.assessment.Tools;
import org.seen.insight.internal.live.LiveMeasure.Kind;
import org.seen.insight.internal.live.LiveMeasure.Series;
import org.seen.insight.internal.live.QuarterlyFigures.BreakdownFigures;
import org.seen.insight.internal.live.QuarterlyFigures.SeriesFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the live measures from Seen's own records, by quarter, in the database: each
 * measure's SQL finds the things it counts and this class counts them by quarter and series
 * and breaks them down by age band, sex and deprivation decile. It reads children's records in
 * aggregate, with no actor and no child's record shown; the pages and API that show its figures
 * admit only the partnership's roles and withhold small numbers (see {@link LiveView}).
 * <p>
 * To add a measure, write its class and add it to {@link #measures}; when it replaces one of the
 * measures not yet recorded, remove that one.
 */
@Service
class LiveMeasures {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final int MAX_QUARTERS = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<LiveMeasure> measures;

	LiveMeasures(JdbcClient jdbc, Clock clock, Tools tools) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.measures = List.of(new AssessmentsWithNeglect(), new NeglectByType(tools, jdbc), new VoiceHeard(),
				new AlertsRaisedAndAcknowledged(), new ConcernToAssessment(), new ReferralsToTheFrontDoor(),
				new PlansStarted(), new PlansDrifting(), new StepsUpAndDown(), new EscalationsByStage());
	}

	List<LiveMeasure> measures() {
		return measures;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	/** The last {@code count} quarters to today. */
	List<Quarter> lastQuarters(int count) {
		if (count < 1 || count > MAX_QUARTERS) {
			throw new IllegalArgumentException("quarters must be from 1 to " + MAX_QUARTERS);
		}
		return Quarter.lastUpTo(today(), count);
	}

	/** Every recorded measure over the quarters (oldest first), raw. */
	@Transactional(readOnly = true)
	List<QuarterlyFigures> compute(List<Quarter> quarters) {
		List<QuarterlyFigures> figures = new ArrayList<>();
		for (LiveMeasure measure : measures) {
			figures.add(measure.recorded() ? compute(measure, quarters) : new QuarterlyFigures(measure, List.of(), List.of()));
		}
		return figures;
	}

	QuarterlyFigures compute(LiveMeasure measure, List<Quarter> quarters) {
		LiveMeasure.Facts facts = measure.facts();
		Map<String, Object> params = new HashMap<>(facts.params());
		params.put("quarters", quartersJson(quarters));
		String with = """
				with quarter as (
				  select q.*, q.starts::timestamp at time zone 'Europe/London' as starts_at,
				         (q.ends + 1)::timestamp at time zone 'Europe/London' as ends_before
				  from jsonb_to_recordset(cast(:quarters as jsonb)) as q(no int, starts date, ends date)
				), facts as (
				%s
				)
				""".formatted(facts.sql());

		Map<String, long[]> counts = new HashMap<>();
		Map<String, Double[]> medians = new HashMap<>();
		jdbc.sql(with + """
				select quarter_no, series, count(*) as n,
				       percentile_cont(0.5) within group (order by value) as median
				from facts group by quarter_no, series""")
			.params(params)
			.query(rs -> {
				int no = rs.getInt("quarter_no");
				String series = rs.getString("series");
				counts.computeIfAbsent(series, s -> new long[quarters.size()])[no] = rs.getLong("n");
				double median = rs.getDouble("median");
				medians.computeIfAbsent(series, s -> new Double[quarters.size()])[no] = rs.wasNull() ? null : median;
			});

		List<SeriesFigures> series = new ArrayList<>();
		for (Series s : measure.series()) {
			String source = s.kind() == Kind.MEDIAN ? s.basedOn() : s.key();
			long[] n = counts.getOrDefault(source, new long[quarters.size()]);
			List<Long> countList = new ArrayList<>();
			List<Double> medianList = new ArrayList<>();
			for (int i = 0; i < quarters.size(); i++) {
				countList.add(n[i]);
				Double[] m = medians.get(source);
				medianList.add(s.kind() == Kind.MEDIAN && m != null ? m[i] : null);
			}
			series.add(new SeriesFigures(s, List.copyOf(countList), s.kind() == Kind.MEDIAN ? medianList : null));
		}
		return new QuarterlyFigures(measure, series, breakdowns(measure, quarters, with, params));
	}

	private List<BreakdownFigures> breakdowns(LiveMeasure measure, List<Quarter> quarters, String with,
			Map<String, Object> params) {
		List<String> brokenDown = measure.series().stream().filter(Series::brokenDown).map(Series::key).toList();
		if (brokenDown.isEmpty()) {
			return List.of();
		}
		Map<String, Map<LiveBreakdown, Map<String, Long>>> found = new LinkedHashMap<>();
		for (String series : brokenDown) {
			Map<LiveBreakdown, Map<String, Long>> byDimension = new LinkedHashMap<>();
			for (LiveBreakdown dimension : LiveBreakdown.values()) {
				Map<String, Long> zeroes = new LinkedHashMap<>();
				dimension.categories().forEach(category -> zeroes.put(category, 0L));
				byDimension.put(dimension, zeroes);
			}
			found.put(series, byDimension);
		}
		Map<String, Object> withFirst = new HashMap<>(params);
		// a measure taken at the quarter's end is broken down at the latest quarter's end; adding up
		// quarters would count the same child once a quarter
		withFirst.put("first", measure.atQuarterEnd() ? quarters.size() - 1 : 0);
		jdbc.sql(with + """
				, described as (
				  select f.series,
				         case when c.date_of_birth is null or c.date_of_birth > f.on_date then 'unborn'
				              when extract(year from age(f.on_date, c.date_of_birth)) < 1 then 'under_1'
				              when extract(year from age(f.on_date, c.date_of_birth)) < 5 then '1_4'
				              when extract(year from age(f.on_date, c.date_of_birth)) < 10 then '5_9'
				              when extract(year from age(f.on_date, c.date_of_birth)) < 16 then '10_15'
				              else '16_plus' end as age_band,
				         case c.sex when 'FEMALE' then 'female' when 'MALE' then 'male' else 'not_known' end as sex,
				         coalesce(d.imd_decile::text, 'not_known') as imd_decile
				  from facts f
				  join child c on c.id = f.child_id
				  left join household h on h.id = c.household_id
				  left join deprivation_postcode d on d.postcode = h.postcode
				  where f.quarter_no >= :first
				)
				select series, age_band, sex, imd_decile, count(*) as n from described
				group by grouping sets ((series, age_band), (series, sex), (series, imd_decile))""")
			.params(withFirst)
			.query(rs -> {
				Map<LiveBreakdown, Map<String, Long>> byDimension = found.get(rs.getString("series"));
				if (byDimension == null) {
					return;
				}
				long n = rs.getLong("n");
				if (rs.getString("age_band") != null) {
					byDimension.get(LiveBreakdown.AGE_BAND).put(rs.getString("age_band"), n);
				}
				else if (rs.getString("sex") != null) {
					byDimension.get(LiveBreakdown.SEX).put(rs.getString("sex"), n);
				}
				else {
					byDimension.get(LiveBreakdown.IMD_DECILE).put(rs.getString("imd_decile"), n);
				}
			});
		List<BreakdownFigures> breakdowns = new ArrayList<>();
		found.forEach((series, byDimension) -> byDimension
			.forEach((dimension, categoryCounts) -> breakdowns.add(new BreakdownFigures(series, dimension, categoryCounts))));
		return breakdowns;
	}

	private static String quartersJson(List<Quarter> quarters) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < quarters.size(); i++) {
			rows.add("{\"no\":" + i + ",\"starts\":\"" + quarters.get(i).start() + "\",\"ends\":\"" + quarters.get(i).asAt()
					+ "\"}");
		}
		return "[" + String.join(",", rows) + "]";
	}
}
