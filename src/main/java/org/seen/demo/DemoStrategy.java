package org.seen.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Northbrook's invented neglect strategy, shaped like the strategies partnerships publish:
 * prevention, intervention (early help and support) and quality assurance, each with its aims, and
 * the action plan that delivers them. Some indicators are linked to measures, so their figures come
 * from the data; the others have typed readings. Progress runs over the last three quarters with
 * mixed ratings. The references ("1.1" … "3.2") are what other demo loaders look actions up by.
 */
class DemoStrategy {

	/** Measures the demo's indicators are linked to, as the insight module's catalogue names them. */
	static final List<String> LINKED_MEASURES = List.of("census:cpp_open_neglect", "live:plans_started:plans_started",
			"live:plans_drifting:plans_drifting");

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final Clock clock;

	private final Map<String, UUID> aims = new HashMap<>();

	private UUID analyst;

	private LocalDate quarter;

	DemoStrategy(JdbcClient jdbc, Northbrook northbrook, Clock clock) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.clock = clock;
	}

	void write() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
		quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		analyst = jdbc.sql("select id from account where username = 'analyst'").query(UUID.class).single();
		UUID strategy = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy (id, title, vision, starts_on, ends_on, current, created_at)
				values (?, ?, ?, ?, ?, true, ?)""")
			.params(strategy, "Northbrook neglect strategy 2025–2028",
					"Every child in Northbrook grows up with their needs met: fed, warm, safe, healthy, learning "
							+ "and loved. We will notice neglect early, act on it together, and check that what we "
							+ "do makes a difference to children's lives.",
					LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), Timestamp.from(Instant.now(clock)))
			.update();

		UUID prevention = priority(strategy, 1, "Prevention",
				"Families get help before neglect takes hold, and everyone who works with children knows its signs.");
		aim(prevention, "1.1", "Practitioners in every agency recognise the early signs of neglect and use the "
				+ "neglect toolkit with confidence.");
		aim(prevention, "1.2", "Families know where to find help early, in their own communities, without stigma.");
		UUID intervention = priority(strategy, 2, "Intervention: early help and support",
				"When neglect is found, the right agencies work with the family quickly and stay until things change.");
		aim(intervention, "2.1", "Children whose needs are not being met get a Team Around the Family plan "
				+ "promptly, with a lead professional.");
		aim(intervention, "2.2", "Plans are reviewed on time and do not drift; we step up when they are not working.");
		aim(intervention, "2.3", "Fewer children need a child protection plan for neglect because help came earlier.");
		UUID quality = priority(strategy, 3, "Quality assurance",
				"We know how well we are doing from what children and families tell us and from the data.");
		aim(quality, "3.1", "Multi-agency audits show practice with neglect is good or better.");
		aim(quality, "3.2", "Learning from reviews changes practice, and we can show it.");

		UUID item11 = item(prevention, "1.1", "Neglect toolkit training for every agency",
				"Run the multi-agency neglect toolkit course every term; add a module to each agency's induction; "
						+ "train toolkit champions in schools and health visiting.",
				"Training coordinator", "NSCP", LocalDate.of(2026, 3, 31), "1.1");
		kpi(item11, "Practitioners trained in the neglect toolkit", null, "COUNT", 120, 0, 400, 24,
				"HIGHER_IS_BETTER", new int[] { 165, 230, 284 });
		progress(item11, 3, "AMBER", "Two courses ran this term, but places for health staff were under-filled.",
				"Early help referrals from schools now name the toolkit's areas of need.");
		progress(item11, 2, "GREEN", "Induction module live in three agencies; champions named in eleven schools.",
				"Teachers report spotting hunger and poor hygiene earlier.");
		progress(item11, 1, "GREEN", "Termly courses on track; 284 practitioners trained since April 2025.",
				"Practitioners say they feel more confident raising neglect with families.");
		evidence(item11, "Training figures", "/insight");
		evidence(item11, "Course evaluation summary (invented)", "https://example.org/northbrook/toolkit-evaluation");

		UUID item12 = item(prevention, "1.2", "Family help in community hubs",
				"Open three family hubs with drop-in advice on food, housing, money and parenting; publish the "
						+ "local offer in plain English.",
				"Head of early help", "CSC", LocalDate.of(2026, 9, 30), "1.2");
		kpi(item12, "Families using a hub in the quarter", null, "COUNT", 60, 0, 200, 24, "HIGHER_IS_BETTER",
				new int[] { 75, 90, 88 });
		progress(item12, 3, "RED", "Second hub's opening delayed by the building lease.", "");
		progress(item12, 2, "AMBER", "Second hub open part-time; third hub agreed with the housing association.",
				"Families in the east of the town no longer travel across town for advice.");
		progress(item12, 1, "AMBER", "Three hubs open; use of the newest is still low.",
				"Food bank referrals made at hubs the same day.");
		evidence(item12, "Local offer (invented)", "https://example.org/northbrook/family-hubs");

		UUID item21 = item(intervention, "2.1", "Timely Team Around the Family plans",
				"Start a plan within four weeks of an early help assessment; name a lead professional at the first "
						+ "meeting; offer lead professional training to schools.",
				"Early help team manager", "CSC", LocalDate.of(2026, 12, 31), "2.1");
		kpi(item21, "Team Around the Family plans started", LINKED_MEASURES.get(1), "COUNT", 10, 0, 25, 24,
				"HIGHER_IS_BETTER", null);
		progress(item21, 3, "RED", "Plans waited for a lead professional in half of cases.", "");
		progress(item21, 2, "AMBER", "Lead professional training delivered to twelve schools.",
				"Families met their lead professional sooner.");
		progress(item21, 1, "GREEN", "Most plans now start within four weeks.",
				"Children's needs are being met sooner: three families stepped down after one review.");
		evidence(item21, "Live measures", "/insight/live");

		UUID item22 = item(intervention, "2.2", "Reviews on time and no drift",
				"Review every plan within twelve weeks; drift checks each night; managers act on drift within a week.",
				"Early help team manager", "CSC", LocalDate.of(2027, 3, 31), "2.2");
		kpi(item22, "Plans reviewed on time", null, "PERCENT", 62, 0, 90, 24, "HIGHER_IS_BETTER",
				new int[] { 64, 71, 78 });
		kpi(item22, "Plans showing drift", LINKED_MEASURES.get(2), "COUNT", 12, 0, 5, 24, "LOWER_IS_BETTER", null);
		progress(item22, 2, "AMBER", "Drift checks running; reviews on time improving but below target.", "");
		progress(item22, 1, "GREEN", "Manager decisions on drift now recorded within a week in most cases.",
				"Fewer families repeat their story to a new worker.");

		UUID item23 = item(intervention, "2.3", "Fewer child protection plans for neglect",
				"Use the neglect toolkit at every step-up decision; offer intensive family support before a "
						+ "child protection conference where it is safe to.",
				"Head of safeguarding", "CSC", LocalDate.of(2028, 3, 31), "2.3");
		kpi(item23, "Child protection plans open with neglect as the category", LINKED_MEASURES.get(0), "COUNT", 12,
				0, 5, 24, "LOWER_IS_BETTER", null);
		progress(item23, 1, "AMBER", "Intensive family support service commissioned; too soon to see the effect.", "");

		UUID item31 = item(quality, "3.1", "Multi-agency case audits of neglect",
				"Audit a random sample of children with open plans every quarter, with auditors from three agencies.",
				"Quality assurance officer", "NSCP", LocalDate.of(2026, 3, 31), "3.1");
		kpi(item31, "Audited cases graded good or outstanding", null, "PERCENT", 45, 0, 75, 24,
				"HIGHER_IS_BETTER", new int[] { 50, 48, 58 });
		progress(item31, 3, "GREEN", "First quarterly audit completed with health, education and social care.", "");
		progress(item31, 2, "RED", "Audit postponed: health auditors not released.", "");
		progress(item31, 1, "GREEN", "Audits back on schedule; themes reported to the subgroup.",
				"Children's voice recorded in more plans since the last audit.");

		item(quality, "3.2", "Learning from reviews into practice",
				"Keep a register of local and national reviews; cross-reference each recommendation to the strategy; "
						+ "check six months on what changed.",
				"Partnership business manager", "NSCP", LocalDate.of(2026, 6, 30), "3.2", "1.1");

		cycle(strategy, 2, "Too many plans waited for a lead professional; hub use was low in the east.",
				"Train lead professionals in schools; open the second hub.", "Twelve schools trained; hub opened part-time.",
				"Plans now start sooner; keep the hub's opening hours under review.");
		cycle(strategy, 1, "Audits found children's voice missing from a third of plans.",
				"Add the child's voice to the plan template; audit again next quarter.",
				"Template changed; briefing sent to every lead professional.",
				"The next audit will check whether plans now record what children say.");
	}

	private LocalDate quarterEnd(int quartersAgo) {
		return quarter.minusMonths(3L * (quartersAgo - 1)).minusDays(1);
	}

	private UUID priority(UUID strategy, int position, String title, String summary) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into strategy_priority (id, strategy_id, position, title, summary) values (?, ?, ?, ?, ?)")
			.params(id, strategy, position, title, summary)
			.update();
		return id;
	}

	private void aim(UUID priority, String reference, String statement) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into strategy_aim (id, priority_id, reference, statement) values (?, ?, ?, ?)")
			.params(id, priority, reference, statement)
			.update();
		aims.put(reference, id);
	}

	private UUID item(UUID priority, String reference, String title, String activities, String lead, String agency,
			LocalDate due, String... aimReferences) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into action_item (id, priority_id, reference, title, activities, lead_name, lead_agency_id,
				                         due_on, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, priority, reference, title, activities, lead, northbrook.agency(agency), due,
					Timestamp.from(Instant.now(clock)), analyst)
			.update();
		for (String aim : aimReferences) {
			jdbc.sql("insert into action_item_aim (item_id, aim_id) values (?, ?)").params(id, aims.get(aim)).update();
		}
		return id;
	}

	/** An indicator: baseline and target dated {@code months} after the strategy starts (0: the day before it). */
	private void kpi(UUID item, String description, String measure, String unit, int baseline, int baselineMonths,
			int target, int targetMonths, String direction, int[] readings) {
		UUID id = UUID.randomUUID();
		LocalDate start = LocalDate.of(2025, 4, 1);
		jdbc.sql("""
				insert into action_kpi (id, item_id, description, measure_key, unit, baseline_value, baseline_on,
				                        target_value, target_on, direction)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, item, description, measure, unit, BigDecimal.valueOf(baseline),
					start.plusMonths(baselineMonths).minusDays(1), BigDecimal.valueOf(target),
					start.plusMonths(targetMonths).minusDays(1), direction)
			.update();
		if (readings != null) {
			for (int i = 0; i < readings.length; i++) {
				jdbc.sql("""
						insert into action_kpi_reading (id, kpi_id, value, as_at, recorded_at, recorded_by)
						values (?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), id, BigDecimal.valueOf(readings[i]), quarterEnd(readings.length - i),
							Timestamp.from(Instant.now(clock)), analyst)
					.update();
			}
		}
	}

	private void progress(UUID item, int quartersAgo, String rag, String narrative, String impact) {
		LocalDate asAt = quarterEnd(quartersAgo);
		jdbc.sql("""
				insert into action_progress (id, item_id, rag, narrative, impact, as_at, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), item, rag, narrative, impact, asAt,
					Timestamp.from(asAt.plusDays(5).atStartOfDay(ZoneId.of("Europe/London")).toInstant()), analyst)
			.update();
	}

	private void evidence(UUID item, String title, String link) {
		jdbc.sql("insert into action_evidence (id, item_id, title, link, added_at, added_by) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), item, title, link, Timestamp.from(Instant.now(clock)), analyst)
			.update();
	}

	private void cycle(UUID strategy, int quartersAgo, String assess, String plan, String did, String review) {
		LocalDate starts = quarter.minusMonths(3L * quartersAgo);
		jdbc.sql("""
				insert into strategy_review_cycle (id, strategy_id, starts_on, ends_on, assess, plan, did, review,
				                                   updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), strategy, starts, starts.plusMonths(3).minusDays(1), assess, plan, did, review,
					Timestamp.from(Instant.now(clock)), analyst)
			.update();
	}
}
