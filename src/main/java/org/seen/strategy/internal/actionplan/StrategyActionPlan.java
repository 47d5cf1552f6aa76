package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.RecordNotFound;
import org.seen.agencies.Practitioners;
import org.seen.agencies.Practitioners.AgencySummary;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.actionplan.Entries.AimEntry;
import org.seen.strategy.internal.actionplan.Entries.CycleEntry;
import org.seen.strategy.internal.actionplan.Entries.EvidenceEntry;
import org.seen.strategy.internal.actionplan.Entries.ItemEntry;
import org.seen.strategy.internal.actionplan.Entries.KpiEntry;
import org.seen.strategy.internal.actionplan.Entries.PriorityEntry;
import org.seen.strategy.internal.actionplan.Entries.ProgressEntry;
import org.seen.strategy.internal.actionplan.Entries.ReadingEntry;
import org.seen.strategy.internal.actionplan.Entries.StrategyEntry;
import org.seen.strategy.internal.actionplan.PlanView.Filter;
import org.seen.strategy.internal.actionplan.PlanView.PriorityView;
import org.seen.strategy.internal.actionplan.PlanView.RagCounts;
import org.seen.strategy.internal.actionplan.PlanView.Row;
import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Evidence;
import org.seen.strategy.internal.actionplan.StrategyParts.Item;
import org.seen.strategy.internal.actionplan.StrategyParts.Kpi;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Progress;
import org.seen.strategy.internal.actionplan.StrategyParts.ReviewCycle;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's strategy and its action plan, for the pages and the API alike: who may read and
 * change it (StrategyRoles), the rules each entry must meet, and the audit of every read and write.
 * Nothing here is about one child, so the audit names the plan's records and no child.
 */
@Service
@Transactional
public class StrategyActionPlan {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final ActionPlans plans;

	private final KpiMeasures measures;

	private final AuditTrail audit;

	private final Practitioners practitioners;

	private final Clock clock;

	StrategyActionPlan(ActionPlans plans, KpiMeasures measures, AuditTrail audit, Practitioners practitioners,
			Clock clock) {
		this.plans = plans;
		this.measures = measures;
		this.audit = audit;
		this.practitioners = practitioners;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), LONDON);
	}

	List<AgencySummary> agencies() {
		return practitioners.agencies();
	}

	List<KpiMeasures.Choice> measureChoices() {
		return measures.choices();
	}

	// --- the strategy -----------------------------------------------------------------------------

	/** The current strategy, for a reader; empty before one is written. Not audited: see {@link #plan}. */
	public Optional<Strategy> current(Actor actor) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return plans.current();
	}

	/** The current strategy, its read audited: for the API, which gives its priorities and aims with it. */
	public Strategy readStrategy(Actor actor) {
		Strategy strategy = strategy(actor);
		audit.record(actor, AuditAction.VIEW, "STRATEGY", strategy.id(), null, null);
		return strategy;
	}

	Strategy strategy(Actor actor) {
		return current(actor).orElseThrow(RecordNotFound::new);
	}

	/** The whole plan, read and audited once. */
	public Optional<PlanView> plan(Actor actor, Filter filter) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		Optional<Strategy> current = plans.current();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		Strategy strategy = current.get();
		audit.record(actor, AuditAction.VIEW, "ACTION_PLAN", strategy.id(), null, filter.any() ? "filtered" : null);
		List<Aim> aims = plans.aims(strategy.id());
		List<Item> items = plans.items(strategy.id());
		List<PriorityView> priorities = new ArrayList<>();
		List<Row> counted = new ArrayList<>();
		for (Priority priority : plans.priorities(strategy.id())) {
			List<Row> rows = items.stream()
				.filter(i -> i.priorityId().equals(priority.id()))
				.map(i -> new Row(i, plans.progress(i.id()).stream().findFirst().orElse(null)))
				.toList();
			// the counts follow the agency chosen, not the rating chosen, or they would only count one colour
			List<Row> ofAgency = rows.stream().filter(new Filter(null, filter.agencyId())::admits).toList();
			counted.addAll(ofAgency);
			priorities.add(new PriorityView(priority,
					aims.stream().filter(a -> a.priorityId().equals(priority.id())).toList(),
					rows.stream().filter(filter::admits).toList(), RagCounts.of(ofAgency)));
		}
		return Optional.of(new PlanView(strategy, priorities, RagCounts.of(counted)));
	}

	public Strategy saveStrategy(Actor actor, Integer version, StrategyEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		check(entry, new FormErrors()).throwIfAny();
		Optional<Strategy> current = plans.current();
		UUID id;
		if (current.isEmpty()) {
			id = UUID.randomUUID();
			plans.insertStrategy(id, entry.title().strip(), text(entry.vision()), entry.startsOn(), entry.endsOn(),
					clock.instant());
			audit.record(actor, AuditAction.CREATE, "STRATEGY", id, null, null);
		}
		else {
			id = current.get().id();
			plans.updateStrategy(id, version == null ? -1 : version, entry.title().strip(), text(entry.vision()),
					entry.startsOn(), entry.endsOn());
			audit.record(actor, AuditAction.CHANGE, "STRATEGY", id, null, null);
		}
		return plans.strategy(id).orElseThrow();
	}

	FormErrors check(StrategyEntry e, FormErrors errors) {
		required(errors, "title", e.title(), 200, "Enter the strategy's title", "The title must be 200 characters or fewer");
		longest(errors, "vision", e.vision(), 4000, "The vision must be 4,000 characters or fewer");
		if (e.startsOn() == null) {
			errors.reject("startsOn", "Enter the date the strategy starts");
		}
		if (e.endsOn() == null) {
			errors.reject("endsOn", "Enter the date the strategy ends");
		}
		else if (e.startsOn() != null && !e.endsOn().isAfter(e.startsOn())) {
			errors.reject("endsOn", "The end date must be after the start date");
		}
		return errors.inOrder("title", "vision", "startsOn", "endsOn");
	}

	// --- priorities and aims ----------------------------------------------------------------------

	public List<Priority> priorities(Actor actor) {
		return plans.priorities(strategy(actor).id());
	}

	public List<Aim> aims(Actor actor) {
		return plans.aims(strategy(actor).id());
	}

	public Priority priority(Actor actor, UUID id) {
		Strategy strategy = strategy(actor);
		Priority priority = plans.priority(id).filter(p -> p.strategyId().equals(strategy.id()))
			.orElseThrow(RecordNotFound::new);
		audit.record(actor, AuditAction.VIEW, "STRATEGY_PRIORITY", id, null, null);
		return priority;
	}

	public Priority addPriority(Actor actor, PriorityEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Strategy strategy = strategy(actor);
		check(strategy.id(), null, entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertPriority(id, strategy.id(), entry.position(), entry.title().strip(), text(entry.summary()));
		audit.record(actor, AuditAction.CREATE, "STRATEGY_PRIORITY", id, null, null);
		return plans.priority(id).orElseThrow();
	}

	public Priority changePriority(Actor actor, UUID id, int version, PriorityEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Priority priority = priority(actor, id);
		check(priority.strategyId(), id, entry, new FormErrors()).throwIfAny();
		plans.updatePriority(id, version, entry.position(), entry.title().strip(), text(entry.summary()));
		audit.record(actor, AuditAction.CHANGE, "STRATEGY_PRIORITY", id, null, null);
		return plans.priority(id).orElseThrow();
	}

	FormErrors check(UUID strategyId, UUID priorityId, PriorityEntry e, FormErrors errors) {
		if (e.position() == null) {
			errors.reject("position", "Enter the priority's number");
		}
		else if (e.position() < 1 || e.position() > 20) {
			errors.reject("position", "The priority's number must be between 1 and 20");
		}
		else if (strategyId != null && plans.positionTaken(strategyId, e.position(), priorityId)) {
			errors.reject("position", "Another priority already has number " + e.position());
		}
		required(errors, "title", e.title(), 200, "Enter the priority's title", "The title must be 200 characters or fewer");
		longest(errors, "summary", e.summary(), 4000, "The summary must be 4,000 characters or fewer");
		return errors.inOrder("position", "title", "summary");
	}

	public Aim aim(Actor actor, UUID id) {
		Aim aim = plans.aim(id).orElseThrow(RecordNotFound::new);
		priority(actor, aim.priorityId());
		audit.record(actor, AuditAction.VIEW, "STRATEGY_AIM", id, null, null);
		return aim;
	}

	public Aim addAim(Actor actor, UUID priorityId, AimEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		priority(actor, priorityId);
		check(priorityId, null, entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertAim(id, priorityId, entry.reference().strip(), entry.statement().strip());
		audit.record(actor, AuditAction.CREATE, "STRATEGY_AIM", id, null, null);
		return plans.aim(id).orElseThrow();
	}

	public Aim changeAim(Actor actor, UUID id, int version, AimEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Aim aim = aim(actor, id);
		check(aim.priorityId(), id, entry, new FormErrors()).throwIfAny();
		plans.updateAim(id, version, entry.reference().strip(), entry.statement().strip());
		audit.record(actor, AuditAction.CHANGE, "STRATEGY_AIM", id, null, null);
		return plans.aim(id).orElseThrow();
	}

	FormErrors check(UUID priorityId, UUID aimId, AimEntry e, FormErrors errors) {
		reference(errors, e.reference(), "aim");
		if (!errors.has("reference") && plans.aimReferenceTaken(priorityId, e.reference().strip(), aimId)) {
			errors.reject("reference", "Another aim of this priority already has reference " + e.reference().strip());
		}
		required(errors, "statement", e.statement(), 1000, "Enter the aim as the strategy words it",
				"The aim must be 1,000 characters or fewer");
		return errors.inOrder("reference", "statement");
	}

	// --- actions -----------------------------------------------------------------------------------

	public ItemView item(Actor actor, UUID id) {
		ItemView view = view(actor, id);
		audit.record(actor, AuditAction.VIEW, "ACTION_ITEM", id, null, null);
		return view;
	}

	/** The action without writing a read to the audit trail: for the step straight after a write. */
	private ItemView view(Actor actor, UUID id) {
		Strategy strategy = strategy(actor);
		Item item = plans.item(id).orElseThrow(RecordNotFound::new);
		Priority priority = plans.priority(item.priorityId())
			.filter(p -> p.strategyId().equals(strategy.id()))
			.orElseThrow(RecordNotFound::new);
		Set<UUID> served = new HashSet<>(item.aimIds());
		List<Aim> aims = plans.aims(strategy.id()).stream().filter(a -> served.contains(a.id())).toList();
		List<KpiView> kpis = plans.kpis(id).stream().map(k -> kpiView(actor, k, null)).toList();
		return new ItemView(item, priority, aims, kpis, plans.progress(id), plans.evidence(id));
	}

	public ItemView addItem(Actor actor, ItemEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Strategy strategy = strategy(actor);
		check(strategy.id(), null, entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertItem(id, tidy(entry, ItemStatus.OPEN), clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CREATE, "ACTION_ITEM", id, null, null);
		return view(actor, id);
	}

	public ItemView changeItem(Actor actor, UUID id, int version, ItemEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		ItemView current = view(actor, id);
		check(current.priority().strategyId(), id, entry, new FormErrors()).throwIfAny();
		plans.updateItem(id, version, tidy(entry, current.item().status()));
		audit.record(actor, AuditAction.CHANGE, "ACTION_ITEM", id, null, null);
		return view(actor, id);
	}

	private static ItemEntry tidy(ItemEntry e, ItemStatus status) {
		return new ItemEntry(e.priorityId(), e.reference().strip(), e.title().strip(), e.activities().strip(),
				e.leadName().strip(), e.leadAgencyId(), e.dueOn(), e.status() == null ? status : e.status(),
				e.aimIds().stream().distinct().toList());
	}

	FormErrors check(UUID strategyId, UUID itemId, ItemEntry e, FormErrors errors) {
		Optional<Priority> priority = e.priorityId() == null ? Optional.empty()
				: plans.priority(e.priorityId()).filter(p -> p.strategyId().equals(strategyId));
		if (priority.isEmpty()) {
			errors.reject("priorityId", "Choose the priority the action delivers");
		}
		reference(errors, e.reference(), "action");
		if (!errors.has("reference") && priority.isPresent()
				&& plans.itemReferenceTaken(e.priorityId(), e.reference().strip(), itemId)) {
			errors.reject("reference", "Another action of this priority already has reference " + e.reference().strip());
		}
		required(errors, "title", e.title(), 300, "Enter the action's title", "The title must be 300 characters or fewer");
		required(errors, "activities", e.activities(), 4000, "Enter the activities that deliver the action",
				"The activities must be 4,000 characters or fewer");
		required(errors, "leadName", e.leadName(), 120, "Enter the name of the action's lead",
				"The lead's name must be 120 characters or fewer");
		if (e.leadAgencyId() == null || agencies().stream().noneMatch(a -> a.id().equals(e.leadAgencyId()))) {
			errors.reject("leadAgencyId", "Choose the lead agency");
		}
		Set<UUID> aims = new HashSet<>(plans.aims(strategyId).stream().map(Aim::id).toList());
		if (e.aimIds().isEmpty()) {
			errors.reject("aimIds", "Choose at least one aim the action serves");
		}
		else if (!aims.containsAll(e.aimIds())) {
			errors.reject("aimIds", "Choose aims from this strategy");
		}
		return errors.inOrder("priorityId", "reference", "title", "activities", "leadName", "leadAgencyId", "dueOn",
				"status", "aimIds");
	}

	// --- key performance indicators ---------------------------------------------------------------

	public KpiView kpi(Actor actor, UUID kpiId) {
		Kpi kpi = plans.kpi(kpiId).orElseThrow(RecordNotFound::new);
		view(actor, kpi.itemId());
		audit.record(actor, AuditAction.VIEW, "ACTION_KPI", kpiId, null, null);
		return kpiView(actor, kpi, null);
	}

	/**
	 * The indicator with its figures up to {@code asAt} (all of them when null): the linked measure's
	 * points, or the typed readings, oldest first. A typed count from 1 to 4 is withheld like a
	 * measure's.
	 */
	KpiView kpiView(Actor actor, Kpi kpi, LocalDate asAt) {
		if (kpi.linked()) {
			Optional<KpiMeasures.Trend> trend = measures.trend(kpi.measureKey(), actor);
			if (trend.isEmpty()) {
				return new KpiView(kpi, "A measure no longer available (" + kpi.measureKey() + ")", null, List.of());
			}
			List<KpiMeasures.Point> points = trend.get().points().stream()
				.filter(p -> asAt == null || p.asAt() == null || !p.asAt().isAfter(asAt))
				.toList();
			return new KpiView(kpi, trend.get().label(), trend.get().source(), points);
		}
		List<KpiMeasures.Point> points = plans.readings(kpi.id()).stream()
			.filter(r -> asAt == null || !r.asAt().isAfter(asAt))
			.map(r -> Figures.small(r.value(), kpi.unit())
					? new KpiMeasures.Point(DAY.format(r.asAt()), r.asAt(), null, true)
					: new KpiMeasures.Point(DAY.format(r.asAt()), r.asAt(), r.value(), false))
			.toList();
		return new KpiView(kpi, null, "Typed readings", points);
	}

	public KpiView addKpi(Actor actor, UUID itemId, KpiEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		view(actor, itemId);
		check(entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertKpi(id, itemId, tidy(entry));
		audit.record(actor, AuditAction.CREATE, "ACTION_KPI", id, null, "item " + itemId);
		return kpiView(actor, plans.kpi(id).orElseThrow(), null);
	}

	public KpiView changeKpi(Actor actor, UUID kpiId, int version, KpiEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Kpi kpi = plans.kpi(kpiId).orElseThrow(RecordNotFound::new);
		view(actor, kpi.itemId());
		check(entry, new FormErrors()).throwIfAny();
		plans.updateKpi(kpiId, version, tidy(entry));
		audit.record(actor, AuditAction.CHANGE, "ACTION_KPI", kpiId, null, "item " + kpi.itemId());
		return kpiView(actor, plans.kpi(kpiId).orElseThrow(), null);
	}

	private static KpiEntry tidy(KpiEntry e) {
		String key = e.measureKey() == null || e.measureKey().isBlank() ? null : e.measureKey().strip();
		return new KpiEntry(e.description().strip(), key, e.unit(), e.baselineValue(), e.baselineOn(),
				e.targetValue(), e.targetOn(), e.direction());
	}

	FormErrors check(KpiEntry e, FormErrors errors) {
		required(errors, "description", e.description(), 300, "Enter what the indicator measures",
				"The description must be 300 characters or fewer");
		if (e.measureKey() != null && !e.measureKey().isBlank() && measures.choice(e.measureKey().strip()).isEmpty()) {
			errors.reject("measureKey", "Choose a measure from the list, or none to type the figures");
		}
		if (e.unit() == null) {
			errors.reject("unit", "Choose whether the indicator is a number or a percentage");
		}
		figure(errors, "baselineValue", "baselineOn", "baseline", e.baselineValue(), e.baselineOn(), e.unit());
		figure(errors, "targetValue", "targetOn", "target", e.targetValue(), e.targetOn(), e.unit());
		if (e.baselineOn() != null && e.targetOn() != null && !e.targetOn().isAfter(e.baselineOn())) {
			errors.reject("targetOn", "The target date must be after the baseline date");
		}
		if (e.direction() == null) {
			errors.reject("direction", "Choose whether higher or lower is better");
		}
		return errors.inOrder("description", "measureKey", "unit", "baselineValue", "baselineOn", "targetValue",
				"targetOn", "direction");
	}

	private static void figure(FormErrors errors, String valueField, String dateField, String name, BigDecimal value,
			LocalDate on, KpiUnit unit) {
		if (value != null && on == null) {
			errors.reject(dateField, "Enter the date of the " + name);
		}
		if (value == null && on != null && !errors.has(valueField)) {
			errors.reject(valueField, "Enter the " + name + " value");
		}
		if (value != null) {
			value(errors, valueField, value, unit, "The " + name);
		}
	}

	private static void value(FormErrors errors, String field, BigDecimal value, KpiUnit unit, String name) {
		if (value.signum() < 0) {
			errors.reject(field, name + " cannot be less than 0");
		}
		else if (unit == KpiUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.reject(field, name + " is a percentage, so it cannot be more than 100");
		}
		else if (value.compareTo(new BigDecimal("9999999999")) > 0) {
			errors.reject(field, name + " is too large");
		}
		else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
			errors.reject(field, name + " can have at most 2 decimal places");
		}
	}

	public KpiView addReading(Actor actor, UUID kpiId, ReadingEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Kpi kpi = plans.kpi(kpiId).orElseThrow(RecordNotFound::new);
		view(actor, kpi.itemId());
		check(kpi, entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertReading(id, kpiId, entry.value(), entry.asAt(), clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CREATE, "ACTION_KPI_READING", id, null, "indicator " + kpiId);
		return kpiView(actor, kpi, null);
	}

	FormErrors check(Kpi kpi, ReadingEntry e, FormErrors errors) {
		if (kpi.linked()) {
			errors.reject("value", "This indicator's figures come from its measure, so none can be typed");
			return errors;
		}
		if (e.value() == null && !errors.has("value")) {
			errors.reject("value", "Enter the value");
		}
		else if (e.value() != null) {
			value(errors, "value", e.value(), kpi.unit(), "The value");
		}
		if (e.asAt() == null && !errors.has("asAt")) {
			errors.reject("asAt", "Enter the date the value is for");
		}
		else if (e.asAt() != null && e.asAt().isAfter(today())) {
			errors.reject("asAt", "The date the value is for must be today or in the past");
		}
		else if (e.asAt() != null && plans.readingOn(kpi.id(), e.asAt())) {
			errors.reject("asAt", "There is already a value for " + DAY.format(e.asAt()));
		}
		return errors.inOrder("value", "asAt");
	}

	// --- progress and evidence --------------------------------------------------------------------

	public Progress addProgress(Actor actor, UUID itemId, ProgressEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		view(actor, itemId);
		check(entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertProgress(id, itemId, new ProgressEntry(entry.rag(), entry.narrative().strip(),
				text(entry.impact()), entry.asAt()), clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CREATE, "ACTION_PROGRESS", id, null, "item " + itemId + " " + entry.rag());
		return plans.progress(itemId).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}

	FormErrors check(ProgressEntry e, FormErrors errors) {
		if (e.rag() == null) {
			errors.reject("rag", "Choose red, amber or green");
		}
		required(errors, "narrative", e.narrative(), 4000, "Enter what has been done and what is left",
				"The progress must be 4,000 characters or fewer");
		longest(errors, "impact", e.impact(), 4000, "The impact must be 4,000 characters or fewer");
		if (e.asAt() == null && !errors.has("asAt")) {
			errors.reject("asAt", "Enter the date the update is for");
		}
		else if (e.asAt() != null && e.asAt().isAfter(today())) {
			errors.reject("asAt", "The date the update is for must be today or in the past");
		}
		return errors.inOrder("rag", "narrative", "impact", "asAt");
	}

	public Evidence addEvidence(Actor actor, UUID itemId, EvidenceEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		view(actor, itemId);
		check(entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertEvidence(id, itemId, entry.title().strip(), entry.link().strip(), clock.instant(),
				actor.accountId());
		audit.record(actor, AuditAction.CREATE, "ACTION_EVIDENCE", id, null, "item " + itemId);
		return plans.evidence(itemId).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
	}

	FormErrors check(EvidenceEntry e, FormErrors errors) {
		required(errors, "title", e.title(), 200, "Enter what the evidence is", "The title must be 200 characters or fewer");
		String link = e.link() == null ? "" : e.link().strip();
		if (link.isEmpty()) {
			errors.reject("link", "Enter a web address or a page of Seen");
		}
		else if (link.length() > 1000) {
			errors.reject("link", "The link must be 1,000 characters or fewer");
		}
		else if (!link.matches("^(https?://[^\\s]+|/[^\\s/][^\\s]*|/)$") || link.startsWith("//")) {
			errors.reject("link", "Enter a web address starting https:// or a page of Seen starting /, like /insight");
		}
		return errors.inOrder("title", "link");
	}

	// --- assess, plan, do, review -----------------------------------------------------------------

	public List<ReviewCycle> cycles(Actor actor) {
		Strategy strategy = strategy(actor);
		audit.record(actor, AuditAction.VIEW, "STRATEGY_REVIEW_CYCLE", strategy.id(), null, "list");
		return plans.cycles(strategy.id());
	}

	public ReviewCycle cycle(Actor actor, UUID id) {
		Strategy strategy = strategy(actor);
		ReviewCycle cycle = plans.cycle(id).filter(c -> c.strategyId().equals(strategy.id()))
			.orElseThrow(RecordNotFound::new);
		audit.record(actor, AuditAction.VIEW, "STRATEGY_REVIEW_CYCLE", id, null, null);
		return cycle;
	}

	public ReviewCycle addCycle(Actor actor, CycleEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Strategy strategy = strategy(actor);
		check(strategy.id(), null, entry, new FormErrors()).throwIfAny();
		UUID id = UUID.randomUUID();
		plans.insertCycle(id, strategy.id(), tidy(entry), clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CREATE, "STRATEGY_REVIEW_CYCLE", id, null, null);
		return plans.cycle(id).orElseThrow();
	}

	public ReviewCycle changeCycle(Actor actor, UUID id, int version, CycleEntry entry) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		ReviewCycle cycle = cycle(actor, id);
		check(cycle.strategyId(), id, entry, new FormErrors()).throwIfAny();
		plans.updateCycle(id, version, tidy(entry), clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CHANGE, "STRATEGY_REVIEW_CYCLE", id, null, null);
		return plans.cycle(id).orElseThrow();
	}

	private static CycleEntry tidy(CycleEntry e) {
		return new CycleEntry(e.startsOn(), text(e.assess()), text(e.plan()), text(e.did()), text(e.review()));
	}

	FormErrors check(UUID strategyId, UUID cycleId, CycleEntry e, FormErrors errors) {
		if (e.startsOn() == null) {
			errors.reject("startsOn", "Choose the quarter");
		}
		else if (!Quarters.isStart(e.startsOn())) {
			errors.reject("startsOn", "Choose a quarter: it starts on 1 April, 1 July, 1 October or 1 January");
		}
		else if (plans.cycleFor(strategyId, e.startsOn(), cycleId)) {
			errors.reject("startsOn", "There is already a record for " + Quarters.label(e.startsOn()));
		}
		longest(errors, "assess", e.assess(), 4000, "Assess must be 4,000 characters or fewer");
		longest(errors, "plan", e.plan(), 4000, "Plan must be 4,000 characters or fewer");
		longest(errors, "did", e.did(), 4000, "Do must be 4,000 characters or fewer");
		longest(errors, "review", e.review(), 4000, "Review must be 4,000 characters or fewer");
		if (text(e.assess()).isEmpty() && text(e.plan()).isEmpty() && text(e.did()).isEmpty()
				&& text(e.review()).isEmpty()) {
			errors.reject("assess", "Write at least one of assess, plan, do or review");
		}
		return errors.inOrder("startsOn", "assess", "plan", "did", "review");
	}

	// --- the rules every text meets ---------------------------------------------------------------

	private static void reference(FormErrors errors, String reference, String what) {
		String r = reference == null ? "" : reference.strip();
		if (r.isEmpty()) {
			errors.reject("reference", "Enter the " + what + "'s reference, like 1.2");
		}
		else if (!r.matches("[0-9A-Za-z.]{1,10}")) {
			errors.reject("reference", "The reference must be up to 10 letters, numbers and full stops, like 1.2");
		}
	}

	private static void required(FormErrors errors, String field, String value, int max, String missing,
			String tooLong) {
		if (value == null || value.isBlank()) {
			errors.reject(field, missing);
		}
		else if (value.strip().length() > max) {
			errors.reject(field, tooLong);
		}
	}

	private static void longest(FormErrors errors, String field, String value, int max, String tooLong) {
		if (value != null && value.strip().length() > max) {
			errors.reject(field, tooLong);
		}
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
