package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Evidence;
import org.seen.strategy.internal.actionplan.StrategyParts.Item;
import org.seen.strategy.internal.actionplan.StrategyParts.Kpi;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Progress;
import org.seen.strategy.internal.actionplan.StrategyParts.Reading;
import org.seen.strategy.internal.actionplan.StrategyParts.ReviewCycle;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The strategy and action plan tables. Every change to a versioned row names the version it was
 * read at; a row changed since is not overwritten.
 */
@Repository
class ActionPlans {

	static final String STALE = "Someone else changed this while you were editing it. Your changes have not been saved: check the current version and make them again.";

	private static final String ITEM = """
			select i.*, a.name as agency_name,
			       coalesce((select array_agg(ia.aim_id::text order by sa.reference) from action_item_aim ia
			                 join strategy_aim sa on sa.id = ia.aim_id where ia.item_id = i.id), '{}') as aims
			from action_item i join agency a on a.id = i.lead_agency_id
			""";

	private final JdbcClient jdbc;

	ActionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Strategy> current() {
		return jdbc.sql("select * from strategy where current").query(ActionPlans::strategy).optional();
	}

	Optional<Strategy> strategy(UUID id) {
		return jdbc.sql("select * from strategy where id = ?").param(id).query(ActionPlans::strategy).optional();
	}

	void insertStrategy(UUID id, String title, String vision, LocalDate startsOn, LocalDate endsOn, Instant at) {
		jdbc.sql("""
				insert into strategy (id, title, vision, starts_on, ends_on, current, created_at)
				values (?, ?, ?, ?, ?, true, ?)""")
			.params(id, title, vision, startsOn, endsOn, Timestamp.from(at))
			.update();
	}

	void updateStrategy(UUID id, int version, String title, String vision, LocalDate startsOn, LocalDate endsOn) {
		stale(jdbc.sql("""
				update strategy set title = ?, vision = ?, starts_on = ?, ends_on = ?, version = version + 1
				where id = ? and version = ?""").params(title, vision, startsOn, endsOn, id, version).update());
	}

	List<Priority> priorities(UUID strategyId) {
		return jdbc.sql("select * from strategy_priority where strategy_id = ? order by position")
			.param(strategyId)
			.query(ActionPlans::priority)
			.list();
	}

	Optional<Priority> priority(UUID id) {
		return jdbc.sql("select * from strategy_priority where id = ?").param(id).query(ActionPlans::priority).optional();
	}

	boolean positionTaken(UUID strategyId, int position, UUID except) {
		return jdbc.sql("select count(*) from strategy_priority where strategy_id = ? and position = ? and id <> ?")
			.params(strategyId, position, except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	void insertPriority(UUID id, UUID strategyId, int position, String title, String summary) {
		jdbc.sql("insert into strategy_priority (id, strategy_id, position, title, summary) values (?, ?, ?, ?, ?)")
			.params(id, strategyId, position, title, summary)
			.update();
	}

	void updatePriority(UUID id, int version, int position, String title, String summary) {
		stale(jdbc.sql("""
				update strategy_priority set position = ?, title = ?, summary = ?, version = version + 1
				where id = ? and version = ?""").params(position, title, summary, id, version).update());
	}

	List<Aim> aims(UUID strategyId) {
		return jdbc.sql("""
				select a.* from strategy_aim a join strategy_priority p on p.id = a.priority_id
				where p.strategy_id = ? order by p.position, string_to_array(a.reference, '.')::text[], a.reference""")
			.param(strategyId)
			.query(ActionPlans::aim)
			.list();
	}

	Optional<Aim> aim(UUID id) {
		return jdbc.sql("select * from strategy_aim where id = ?").param(id).query(ActionPlans::aim).optional();
	}

	boolean aimReferenceTaken(UUID priorityId, String reference, UUID except) {
		return jdbc.sql("select count(*) from strategy_aim where priority_id = ? and reference = ? and id <> ?")
			.params(priorityId, reference, except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	void insertAim(UUID id, UUID priorityId, String reference, String statement) {
		jdbc.sql("insert into strategy_aim (id, priority_id, reference, statement) values (?, ?, ?, ?)")
			.params(id, priorityId, reference, statement)
			.update();
	}

	void updateAim(UUID id, int version, String reference, String statement) {
		stale(jdbc.sql("""
				update strategy_aim set reference = ?, statement = ?, version = version + 1
				where id = ? and version = ?""").params(reference, statement, id, version).update());
	}

	List<Item> items(UUID strategyId) {
		return jdbc.sql(ITEM + """
				join strategy_priority p on p.id = i.priority_id where p.strategy_id = ?
				order by p.position, i.reference""").param(strategyId).query(ActionPlans::item).list();
	}

	Optional<Item> item(UUID id) {
		return jdbc.sql(ITEM + " where i.id = ?").param(id).query(ActionPlans::item).optional();
	}

	boolean itemReferenceTaken(UUID priorityId, String reference, UUID except) {
		return jdbc.sql("select count(*) from action_item where priority_id = ? and reference = ? and id <> ?")
			.params(priorityId, reference, except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	void insertItem(UUID id, Entries.ItemEntry e, Instant at, UUID by) {
		jdbc.sql("""
				insert into action_item (id, priority_id, reference, title, activities, lead_name, lead_agency_id,
				                         due_on, status, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, e.priorityId(), e.reference(), e.title(), e.activities(), e.leadName(), e.leadAgencyId(),
					e.dueOn(), (e.status() == null ? ItemStatus.OPEN : e.status()).name(), Timestamp.from(at), by)
			.update();
		aims(id, e.aimIds());
	}

	void updateItem(UUID id, int version, Entries.ItemEntry e) {
		stale(jdbc.sql("""
				update action_item set priority_id = ?, reference = ?, title = ?, activities = ?, lead_name = ?,
				       lead_agency_id = ?, due_on = ?, status = ?, version = version + 1
				where id = ? and version = ?""")
			.params(e.priorityId(), e.reference(), e.title(), e.activities(), e.leadName(), e.leadAgencyId(),
					e.dueOn(), e.status().name(), id, version)
			.update());
		jdbc.sql("delete from action_item_aim where item_id = ?").param(id).update();
		aims(id, e.aimIds());
	}

	private void aims(UUID itemId, List<UUID> aimIds) {
		for (UUID aim : aimIds) {
			jdbc.sql("insert into action_item_aim (item_id, aim_id) values (?, ?)").params(itemId, aim).update();
		}
	}

	List<Kpi> kpis(UUID itemId) {
		return jdbc.sql("select * from action_kpi where item_id = ? order by description, id")
			.param(itemId)
			.query(ActionPlans::kpi)
			.list();
	}

	Optional<Kpi> kpi(UUID id) {
		return jdbc.sql("select * from action_kpi where id = ?").param(id).query(ActionPlans::kpi).optional();
	}

	void insertKpi(UUID id, UUID itemId, Entries.KpiEntry e) {
		jdbc.sql("""
				insert into action_kpi (id, item_id, description, measure_key, unit, baseline_value, baseline_on,
				                        target_value, target_on, direction)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, itemId, e.description(), e.measureKey(), e.unit().name(), e.baselineValue(), e.baselineOn(),
					e.targetValue(), e.targetOn(), e.direction().name())
			.update();
	}

	void updateKpi(UUID id, int version, Entries.KpiEntry e) {
		stale(jdbc.sql("""
				update action_kpi set description = ?, measure_key = ?, unit = ?, baseline_value = ?, baseline_on = ?,
				       target_value = ?, target_on = ?, direction = ?, version = version + 1
				where id = ? and version = ?""")
			.params(e.description(), e.measureKey(), e.unit().name(), e.baselineValue(), e.baselineOn(),
					e.targetValue(), e.targetOn(), e.direction().name(), id, version)
			.update());
	}

	List<Reading> readings(UUID kpiId) {
		return jdbc.sql("select * from action_kpi_reading where kpi_id = ? order by as_at")
			.param(kpiId)
			.query((rs, n) -> new Reading(rs.getObject("id", UUID.class), rs.getObject("kpi_id", UUID.class),
					rs.getBigDecimal("value"), rs.getObject("as_at", LocalDate.class)))
			.list();
	}

	boolean readingOn(UUID kpiId, LocalDate asAt) {
		return jdbc.sql("select count(*) from action_kpi_reading where kpi_id = ? and as_at = ?")
			.params(kpiId, asAt)
			.query(Long.class)
			.single() > 0;
	}

	void insertReading(UUID id, UUID kpiId, BigDecimal value, LocalDate asAt, Instant at, UUID by) {
		jdbc.sql("""
				insert into action_kpi_reading (id, kpi_id, value, as_at, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?)""").params(id, kpiId, value, asAt, Timestamp.from(at), by).update();
	}

	/** Newest first: by the date it speaks for, then by when it was written. */
	List<Progress> progress(UUID itemId) {
		return jdbc.sql("""
				select p.*, coalesce(a.display_name, a.username) as by_name from action_progress p
				join account a on a.id = p.recorded_by where p.item_id = ? order by p.as_at desc, p.recorded_at desc""")
			.param(itemId)
			.query((rs, n) -> new Progress(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					Rag.valueOf(rs.getString("rag")), rs.getString("narrative"), rs.getString("impact"),
					rs.getObject("as_at", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("by_name")))
			.list();
	}

	void insertProgress(UUID id, UUID itemId, Entries.ProgressEntry e, Instant at, UUID by) {
		jdbc.sql("""
				insert into action_progress (id, item_id, rag, narrative, impact, as_at, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, itemId, e.rag().name(), e.narrative(), e.impact() == null ? "" : e.impact(), e.asAt(),
					Timestamp.from(at), by)
			.update();
	}

	List<Evidence> evidence(UUID itemId) {
		return jdbc.sql("select * from action_evidence where item_id = ? order by added_at, title")
			.param(itemId)
			.query((rs, n) -> new Evidence(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getString("title"), rs.getString("link"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	void insertEvidence(UUID id, UUID itemId, String title, String link, Instant at, UUID by) {
		jdbc.sql("insert into action_evidence (id, item_id, title, link, added_at, added_by) values (?, ?, ?, ?, ?, ?)")
			.params(id, itemId, title, link, Timestamp.from(at), by)
			.update();
	}

	List<ReviewCycle> cycles(UUID strategyId) {
		return jdbc.sql("select * from strategy_review_cycle where strategy_id = ? order by starts_on desc")
			.param(strategyId)
			.query(ActionPlans::cycle)
			.list();
	}

	Optional<ReviewCycle> cycle(UUID id) {
		return jdbc.sql("select * from strategy_review_cycle where id = ?").param(id).query(ActionPlans::cycle).optional();
	}

	boolean cycleFor(UUID strategyId, LocalDate startsOn, UUID except) {
		return jdbc.sql("select count(*) from strategy_review_cycle where strategy_id = ? and starts_on = ? and id <> ?")
			.params(strategyId, startsOn, except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	void insertCycle(UUID id, UUID strategyId, Entries.CycleEntry e, Instant at, UUID by) {
		jdbc.sql("""
				insert into strategy_review_cycle (id, strategy_id, starts_on, ends_on, assess, plan, did, review,
				                                   updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, strategyId, e.startsOn(), Quarters.endOf(e.startsOn()), e.assess(), e.plan(), e.did(),
					e.review(), Timestamp.from(at), by)
			.update();
	}

	void updateCycle(UUID id, int version, Entries.CycleEntry e, Instant at, UUID by) {
		stale(jdbc.sql("""
				update strategy_review_cycle set starts_on = ?, ends_on = ?, assess = ?, plan = ?, did = ?, review = ?,
				       updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and version = ?""")
			.params(e.startsOn(), Quarters.endOf(e.startsOn()), e.assess(), e.plan(), e.did(), e.review(),
					Timestamp.from(at), by, id, version)
			.update());
	}

	private static void stale(int updated) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException(STALE);
		}
	}

	private static Strategy strategy(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Strategy(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("vision"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getInt("version"));
	}

	private static Priority priority(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Priority(rs.getObject("id", UUID.class), rs.getObject("strategy_id", UUID.class),
				rs.getInt("position"), rs.getString("title"), rs.getString("summary"), rs.getInt("version"));
	}

	private static Aim aim(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Aim(rs.getObject("id", UUID.class), rs.getObject("priority_id", UUID.class),
				rs.getString("reference"), rs.getString("statement"), rs.getInt("version"));
	}

	private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String[] aims = (String[]) rs.getArray("aims").getArray();
		return new Item(rs.getObject("id", UUID.class), rs.getObject("priority_id", UUID.class),
				rs.getString("reference"), rs.getString("title"), rs.getString("activities"), rs.getString("lead_name"),
				rs.getObject("lead_agency_id", UUID.class), rs.getString("agency_name"),
				rs.getObject("due_on", LocalDate.class), ItemStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				Arrays.stream(aims).map(UUID::fromString).toList());
	}

	private static Kpi kpi(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Kpi(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("description"),
				rs.getString("measure_key"), KpiUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("baseline_value"),
				rs.getObject("baseline_on", LocalDate.class), rs.getBigDecimal("target_value"),
				rs.getObject("target_on", LocalDate.class), Direction.valueOf(rs.getString("direction")),
				rs.getInt("version"));
	}

	private static ReviewCycle cycle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ReviewCycle(rs.getObject("id", UUID.class), rs.getObject("strategy_id", UUID.class),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("assess"), rs.getString("plan"), rs.getString("did"), rs.getString("review"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}
