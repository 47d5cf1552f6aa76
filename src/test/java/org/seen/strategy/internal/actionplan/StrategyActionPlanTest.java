package org.seen.strategy.internal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.strategy.internal.actionplan.Entries.EvidenceEntry;
import org.seen.strategy.internal.actionplan.Entries.ItemEntry;
import org.seen.strategy.internal.actionplan.Entries.KpiEntry;
import org.seen.strategy.internal.actionplan.Entries.PriorityEntry;
import org.seen.strategy.internal.actionplan.Entries.ProgressEntry;
import org.seen.strategy.internal.actionplan.Entries.ReadingEntry;
import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The strategy and action plan against PostgreSQL, with the demo partnership's strategy loaded. */
@SpringBootTest
@ActiveProfiles("test")
class StrategyActionPlanTest {

	@Autowired
	StrategyActionPlan plan;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.seen.insight.Measures measures;

	Actor analyst() {
		return actors.actor("analyst");
	}

	UUID agency(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(UUID.class).single();
	}

	Priority priority(int position) {
		return plan.priorities(analyst()).stream().filter(p -> p.position() == position).findFirst().orElseThrow();
	}

	Aim aim(String reference) {
		return plan.aims(analyst()).stream().filter(a -> a.reference().equals(reference)).findFirst().orElseThrow();
	}

	String reference() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	ItemView anItem() {
		return plan.addItem(analyst(), new ItemEntry(priority(1).id(), reference(), "Test action", "Run the course",
				"Training coordinator", agency("NSCP"), LocalDate.of(2027, 3, 31), null, List.of(aim("1.1").id())));
	}

	long audited(String recordType, UUID id) {
		return jdbc.sql("select count(*) from audit_entry where record_type = ? and record_id = ?")
			.params(recordType, id)
			.query(Long.class)
			.single();
	}

	@Test
	void the_demo_strategy_has_its_priorities_aims_and_actions_by_reference() {
		PlanView view = plan.plan(analyst(), PlanView.Filter.NONE).orElseThrow();
		assertThat(view.strategy().title()).isEqualTo("Northbrook neglect strategy 2025–2028");
		assertThat(view.priorities()).extracting(p -> p.priority().title())
			.startsWith("Prevention", "Intervention: early help and support", "Quality assurance");
		assertThat(plan.aims(analyst())).extracting(Aim::reference)
			.contains("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2");
		assertThat(view.priorities().stream().flatMap(p -> p.items().stream()).map(r -> r.item().reference()))
			.contains("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2");
		assertThat(view.counts().total()).isGreaterThanOrEqualTo(7);
		assertThat(view.counts().red() + view.counts().amber()).isPositive();
	}

	@Test
	void every_demo_indicator_linked_to_a_measure_names_one_the_measures_know() {
		List<String> keys = jdbc.sql("select distinct measure_key from action_kpi where measure_key is not null")
			.query(String.class)
			.list();
		assertThat(keys).isNotEmpty();
		assertThat(measures.choices()).extracting(org.seen.insight.Measures.Choice::key).containsAll(keys);
	}

	@Test
	void a_linked_demo_indicator_takes_its_current_value_from_the_data() {
		UUID item = jdbc.sql("select k.item_id from action_kpi k where k.measure_key = 'live:plans_started:plans_started'")
			.query(UUID.class)
			.list()
			.get(0);
		KpiView kpi = plan.item(analyst(), item).kpis().get(0);
		assertThat(kpi.points()).isNotEmpty();
		assertThat(kpi.measureSource()).isEqualTo("Seen's own records, by quarter");
		assertThat(kpi.status()).isEqualTo(KpiStatus.of(kpi.kpi().direction(), kpi.kpi().baselineValue(),
				kpi.kpi().targetValue(), kpi.currentValue()));
	}

	@Test
	void an_action_is_added_with_its_aims_and_the_write_is_audited() {
		ItemView added = anItem();
		assertThat(added.aims()).extracting(Aim::reference).containsExactly("1.1");
		assertThat(added.rag()).isNull();
		assertThat(audited("ACTION_ITEM", added.item().id())).isEqualTo(1);
		plan.item(analyst(), added.item().id());
		assertThat(audited("ACTION_ITEM", added.item().id())).isEqualTo(2);
	}

	@Test
	void an_action_missing_its_lead_and_aims_is_refused_naming_each_field_and_nothing_is_stored() {
		long before = jdbc.sql("select count(*) from action_item").query(Long.class).single();
		assertThatThrownBy(() -> plan.addItem(analyst(), new ItemEntry(priority(1).id(), "bad ref!", "", "x", " ",
				null, null, null, List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("reference", "title", "leadName", "leadAgencyId", "aimIds"));
		assertThat(jdbc.sql("select count(*) from action_item").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_reference_already_used_in_the_priority_is_refused() {
		assertThatThrownBy(() -> plan.addItem(analyst(), new ItemEntry(priority(1).id(), "1.1", "Again", "x", "Lead",
				agency("NSCP"), null, null, List.of(aim("1.1").id()))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("reference"));
	}

	@Test
	void stale_action_edit_is_refused_and_nothing_is_overwritten() {
		ItemView added = anItem();
		var item = added.item();
		plan.changeItem(analyst(), item.id(), item.version(), new ItemEntry(item.priorityId(), item.reference(),
				"First change", item.activities(), item.leadName(), item.leadAgencyId(), null, ItemStatus.OPEN,
				item.aimIds()));
		assertThatThrownBy(() -> plan.changeItem(analyst(), item.id(), item.version(), new ItemEntry(item.priorityId(),
				item.reference(), "Second change", item.activities(), item.leadName(), item.leadAgencyId(), null,
				ItemStatus.OPEN, item.aimIds())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(plan.item(analyst(), item.id()).item().title()).isEqualTo("First change");
	}

	@Test
	void the_actions_rating_is_its_newest_progress_update_and_the_history_is_kept() {
		ItemView added = anItem();
		UUID id = added.item().id();
		plan.addProgress(analyst(), id, new ProgressEntry(Rag.RED, "Course cancelled", "", plan.today().minusDays(30)));
		plan.addProgress(analyst(), id,
				new ProgressEntry(Rag.GREEN, "Course ran", "Teachers spot hunger sooner", plan.today()));
		ItemView now = plan.item(analyst(), id);
		assertThat(now.rag()).isEqualTo(Rag.GREEN);
		assertThat(now.progress()).extracting(p -> p.rag()).containsExactly(Rag.GREEN, Rag.RED);
		assertThat(now.latest().impact()).isEqualTo("Teachers spot hunger sooner");
	}

	@Test
	void a_progress_update_without_a_rating_or_dated_in_the_future_is_refused() {
		UUID id = anItem().item().id();
		assertThatThrownBy(() -> plan.addProgress(analyst(), id,
				new ProgressEntry(null, " ", "", plan.today().plusDays(1))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("rag", "narrative", "asAt"));
		assertThat(plan.item(analyst(), id).progress()).isEmpty();
	}

	@Test
	void a_typed_indicator_takes_its_current_value_from_its_newest_reading() {
		UUID id = anItem().item().id();
		KpiView kpi = plan.addKpi(analyst(), id, new KpiEntry("Practitioners trained", "", KpiUnit.COUNT,
				new BigDecimal("100"), LocalDate.of(2025, 3, 31), new BigDecimal("400"), LocalDate.of(2027, 3, 31),
				Direction.HIGHER_IS_BETTER));
		assertThat(kpi.status()).isEqualTo(KpiStatus.NO_DATA);
		plan.addReading(analyst(), kpi.kpi().id(), new ReadingEntry(new BigDecimal("150"), LocalDate.of(2025, 9, 30)));
		kpi = plan.addReading(analyst(), kpi.kpi().id(),
				new ReadingEntry(new BigDecimal("284"), LocalDate.of(2026, 3, 31)));
		assertThat(kpi.currentValue()).isEqualByComparingTo("284");
		assertThat(kpi.status()).isEqualTo(KpiStatus.IMPROVING);
		kpi = plan.addReading(analyst(), kpi.kpi().id(), new ReadingEntry(new BigDecimal("3"), LocalDate.of(2026, 6, 30)));
		assertThat(kpi.shownCurrent()).isEqualTo("c");
		assertThat(kpi.status()).isEqualTo(KpiStatus.NO_DATA);
	}

	@Test
	void a_percentage_over_100_an_unknown_measure_and_a_baseline_without_its_date_are_refused() {
		UUID id = anItem().item().id();
		assertThatThrownBy(() -> plan.addKpi(analyst(), id, new KpiEntry("Plans reviewed on time", "live:no-such",
				KpiUnit.PERCENT, new BigDecimal("62"), null, new BigDecimal("120"), LocalDate.of(2027, 3, 31),
				null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("measureKey", "baselineOn", "targetValue", "direction"));
		assertThat(plan.item(analyst(), id).kpis()).isEmpty();
	}

	@Test
	void a_reading_of_a_linked_indicator_is_refused() {
		UUID kpi = jdbc.sql("select id from action_kpi where measure_key is not null limit 1").query(UUID.class).single();
		assertThatThrownBy(() -> plan.addReading(analyst(), kpi,
				new ReadingEntry(BigDecimal.TEN, LocalDate.of(2026, 3, 31))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("value"));
	}

	@Test
	void the_database_refuses_a_typed_value_of_a_linked_indicator_and_an_aim_of_another_strategy() {
		UUID linked = jdbc.sql("select id from action_kpi where measure_key is not null limit 1").query(UUID.class).single();
		UUID analystId = analyst().accountId();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into action_kpi_reading (id, kpi_id, value, as_at, recorded_at, recorded_by)
				values (gen_random_uuid(), ?, 10, current_date, now(), ?)""").params(linked, analystId).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		UUID other = UUID.randomUUID();
		UUID otherPriority = UUID.randomUUID();
		UUID otherAim = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy (id, title, starts_on, ends_on, current, created_at)
				values (?, 'An earlier strategy', '2019-04-01', '2022-03-31', false, now())""").param(other).update();
		jdbc.sql("insert into strategy_priority (id, strategy_id, position, title) values (?, ?, 1, 'Earlier')")
			.params(otherPriority, other).update();
		jdbc.sql("insert into strategy_aim (id, priority_id, reference, statement) values (?, ?, '1.1', 'Earlier aim')")
			.params(otherAim, otherPriority).update();
		UUID item = anItem().item().id();
		assertThatThrownBy(() -> jdbc.sql("insert into action_item_aim (item_id, aim_id) values (?, ?)")
			.params(item, otherAim).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void evidence_must_be_a_web_address_or_a_page_of_seen() {
		UUID id = anItem().item().id();
		assertThatThrownBy(() -> plan.addEvidence(analyst(), id, new EvidenceEntry("Report", "javascript:alert(1)")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("link"));
		assertThatThrownBy(() -> plan.addEvidence(analyst(), id, new EvidenceEntry("Report", "//evil.example")))
			.isInstanceOf(InvalidInput.class);
		plan.addEvidence(analyst(), id, new EvidenceEntry("Measures", "/insight"));
		assertThat(plan.item(analyst(), id).evidence()).extracting(e -> e.link()).containsExactly("/insight");
	}

	@Test
	void readers_read_but_only_editors_change_and_casework_roles_do_neither() {
		Actor manager = actors.actor("manager");
		assertThat(plan.plan(manager, PlanView.Filter.NONE)).isPresent();
		assertThatThrownBy(() -> plan.addPriority(manager, new PriorityEntry(9, "More", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plan.plan(actors.actor("teacher"), PlanView.Filter.NONE))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_plan_is_filtered_by_rating_and_lead_agency_and_counts_follow_the_agency() {
		PlanView red = plan.plan(analyst(), new PlanView.Filter("RED", null)).orElseThrow();
		assertThat(red.priorities().stream().flatMap(p -> p.items().stream())).allMatch(r -> r.rag() == Rag.RED);
		PlanView csc = plan.plan(analyst(), new PlanView.Filter(null, agency("CSC"))).orElseThrow();
		assertThat(csc.priorities().stream().flatMap(p -> p.items().stream()))
			.isNotEmpty()
			.allMatch(r -> r.item().leadAgencyId().equals(agency("CSC")));
		assertThat(csc.counts().total())
			.isEqualTo((int) csc.priorities().stream().mapToLong(p -> p.items().size()).sum());
	}

	@Test
	void a_quarter_has_one_review_record_and_a_stale_edit_is_refused() {
		var quarter = LocalDate.of(2025, 4, 1);
		var existing = plan.cycles(analyst()).stream().filter(c -> c.startsOn().equals(quarter)).findFirst();
		var cycle = existing.orElseGet(() -> plan.addCycle(analyst(),
				new Entries.CycleEntry(quarter, "Found", "", "", "")));
		assertThatThrownBy(() -> plan.addCycle(analyst(), new Entries.CycleEntry(quarter, "Again", "", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("startsOn"));
		assertThatThrownBy(() -> plan.addCycle(analyst(),
				new Entries.CycleEntry(LocalDate.of(2025, 5, 1), "Mid-quarter", "", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("startsOn"));
		var saved = plan.changeCycle(analyst(), cycle.id(), cycle.version(),
				new Entries.CycleEntry(quarter, "Found more", "Plan", "Did", "Review"));
		assertThatThrownBy(() -> plan.changeCycle(analyst(), cycle.id(), cycle.version(),
				new Entries.CycleEntry(quarter, "Overwrite", "", "", "")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(plan.cycle(analyst(), cycle.id()).assess()).isEqualTo(saved.assess());
	}
}
