package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.strategy.internal.actionplan.Entries.AimEntry;
import org.seen.strategy.internal.actionplan.Entries.CycleEntry;
import org.seen.strategy.internal.actionplan.Entries.EvidenceEntry;
import org.seen.strategy.internal.actionplan.Entries.ItemEntry;
import org.seen.strategy.internal.actionplan.Entries.KpiEntry;
import org.seen.strategy.internal.actionplan.Entries.PriorityEntry;
import org.seen.strategy.internal.actionplan.Entries.ProgressEntry;
import org.seen.strategy.internal.actionplan.Entries.ReadingEntry;
import org.seen.strategy.internal.actionplan.Entries.StrategyEntry;
import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Evidence;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Progress;
import org.seen.strategy.internal.actionplan.StrategyParts.ReviewCycle;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The strategy and its action plan for integrations and the partnership's own reporting tools, over
 * the same service as the pages. Changes name the version they were read at; a stale one is 409.
 */
@RestController
@Tag(name = "Strategy and action plan", description = "The partnership's priorities, aims, actions, indicators, progress and review cycles")
class ActionPlanApi {

	private final StrategyActionPlan plan;

	private final CurrentActor actor;

	ActionPlanApi(StrategyActionPlan plan, CurrentActor actor) {
		this.plan = plan;
		this.actor = actor;
	}

	@GetMapping("/api/v1/strategy")
	@Operation(summary = "The current strategy with its priorities and aims")
	StrategyJson strategy() {
		Strategy strategy = plan.readStrategy(actor.get());
		return StrategyJson.of(strategy, plan.priorities(actor.get()), plan.aims(actor.get()));
	}

	@PutMapping("/api/v1/strategy")
	@Operation(summary = "Write the strategy (the first time) or change it; send its version")
	StrategyJson saveStrategy(@RequestBody(required = false) StrategyRequest body) {
		StrategyRequest request = body != null ? body : StrategyRequest.NONE;
		plan.saveStrategy(actor.get(), request.version(),
				new StrategyEntry(request.title(), request.vision(), request.startsOn(), request.endsOn()));
		return strategy();
	}

	@GetMapping("/api/v1/strategy/priorities")
	@Operation(summary = "The strategy's priorities in order, each with its aims")
	List<PriorityJson> priorities() {
		plan.readStrategy(actor.get());
		List<Aim> aims = plan.aims(actor.get());
		return plan.priorities(actor.get()).stream().map(p -> PriorityJson.of(p, aims)).toList();
	}

	@PostMapping("/api/v1/strategy/priorities")
	@Operation(summary = "Add a priority")
	ResponseEntity<PriorityJson> addPriority(@RequestBody(required = false) PriorityRequest body) {
		PriorityRequest request = body != null ? body : PriorityRequest.NONE;
		Priority added = plan.addPriority(actor.get(), request.entry());
		return ResponseEntity.created(URI.create("/api/v1/strategy/priorities/" + added.id()))
			.body(PriorityJson.of(added, List.of()));
	}

	@GetMapping("/api/v1/strategy/priorities/{id}")
	@Operation(summary = "A priority with its aims")
	PriorityJson priority(@PathVariable UUID id) {
		return PriorityJson.of(plan.priority(actor.get(), id), plan.aims(actor.get()));
	}

	@PutMapping("/api/v1/strategy/priorities/{id}")
	@Operation(summary = "Change a priority; send its version")
	PriorityJson changePriority(@PathVariable UUID id, @RequestBody(required = false) PriorityRequest body) {
		PriorityRequest request = body != null ? body : PriorityRequest.NONE;
		return PriorityJson.of(plan.changePriority(actor.get(), id, version(request.version()), request.entry()),
				plan.aims(actor.get()));
	}

	@PostMapping("/api/v1/strategy/priorities/{id}/aims")
	@Operation(summary = "Add an aim to a priority")
	ResponseEntity<AimJson> addAim(@PathVariable UUID id, @RequestBody(required = false) AimRequest body) {
		AimRequest request = body != null ? body : AimRequest.NONE;
		Aim added = plan.addAim(actor.get(), id, new AimEntry(request.reference(), request.statement()));
		return ResponseEntity.created(URI.create("/api/v1/strategy/aims/" + added.id())).body(AimJson.of(added));
	}

	@GetMapping("/api/v1/strategy/aims/{id}")
	@Operation(summary = "An aim")
	AimJson aim(@PathVariable UUID id) {
		return AimJson.of(plan.aim(actor.get(), id));
	}

	@PutMapping("/api/v1/strategy/aims/{id}")
	@Operation(summary = "Change an aim's reference or words; send its version")
	AimJson changeAim(@PathVariable UUID id, @RequestBody(required = false) AimRequest body) {
		AimRequest request = body != null ? body : AimRequest.NONE;
		return AimJson.of(plan.changeAim(actor.get(), id, version(request.version()),
				new AimEntry(request.reference(), request.statement())));
	}

	@GetMapping("/api/v1/strategy/action-plan/items")
	@Operation(summary = "Every action with its latest rating, optionally filtered by rating (RED, AMBER, GREEN, NONE) and lead agency")
	List<ItemSummaryJson> items(@RequestParam(required = false) String rag,
			@RequestParam(required = false) UUID agency) {
		PlanView view = plan.plan(actor.get(), new PlanView.Filter(rag, agency)).orElseThrow(RecordNotFound::new);
		return view.priorities()
			.stream()
			.flatMap(p -> p.items().stream().map(row -> ItemSummaryJson.of(p.priority(), row)))
			.toList();
	}

	@PostMapping("/api/v1/strategy/action-plan/items")
	@Operation(summary = "Add an action")
	ResponseEntity<ItemJson> addItem(@RequestBody(required = false) ItemRequest body) {
		ItemRequest request = body != null ? body : ItemRequest.NONE;
		ItemView added = plan.addItem(actor.get(), request.entry());
		return ResponseEntity.created(URI.create("/api/v1/strategy/action-plan/items/" + added.item().id()))
			.body(ItemJson.of(added));
	}

	@GetMapping("/api/v1/strategy/action-plan/items/{id}")
	@Operation(summary = "An action with its indicators (current values and status from the data), progress and evidence")
	ItemJson item(@PathVariable UUID id) {
		return ItemJson.of(plan.item(actor.get(), id));
	}

	@PutMapping("/api/v1/strategy/action-plan/items/{id}")
	@Operation(summary = "Change an action; send its version")
	ItemJson changeItem(@PathVariable UUID id, @RequestBody(required = false) ItemRequest body) {
		ItemRequest request = body != null ? body : ItemRequest.NONE;
		return ItemJson.of(plan.changeItem(actor.get(), id, version(request.version()), request.entry()));
	}

	@PostMapping("/api/v1/strategy/action-plan/items/{id}/kpis")
	@Operation(summary = "Add a key performance indicator, linked to a measure or taking typed readings")
	ResponseEntity<KpiJson> addKpi(@PathVariable UUID id, @RequestBody(required = false) KpiRequest body) {
		KpiRequest request = body != null ? body : KpiRequest.NONE;
		KpiView added = plan.addKpi(actor.get(), id, request.entry());
		return ResponseEntity.created(URI.create("/api/v1/strategy/action-plan/kpis/" + added.kpi().id()))
			.body(KpiJson.of(added));
	}

	@GetMapping("/api/v1/strategy/action-plan/kpis/{id}")
	@Operation(summary = "A key performance indicator with its trend")
	KpiJson kpi(@PathVariable UUID id) {
		return KpiJson.of(plan.kpi(actor.get(), id));
	}

	@PutMapping("/api/v1/strategy/action-plan/kpis/{id}")
	@Operation(summary = "Change a key performance indicator; send its version")
	KpiJson changeKpi(@PathVariable UUID id, @RequestBody(required = false) KpiRequest body) {
		KpiRequest request = body != null ? body : KpiRequest.NONE;
		return KpiJson.of(plan.changeKpi(actor.get(), id, version(request.version()), request.entry()));
	}

	@PostMapping("/api/v1/strategy/action-plan/kpis/{id}/readings")
	@Operation(summary = "Type a value of an indicator not linked to a measure")
	ResponseEntity<KpiJson> addReading(@PathVariable UUID id, @RequestBody(required = false) ReadingRequest body) {
		ReadingRequest request = body != null ? body : ReadingRequest.NONE;
		KpiView kpi = plan.addReading(actor.get(), id, new ReadingEntry(request.value(), request.asAt()));
		return ResponseEntity.created(URI.create("/api/v1/strategy/action-plan/kpis/" + id)).body(KpiJson.of(kpi));
	}

	@GetMapping("/api/v1/strategy/action-plan/items/{id}/progress")
	@Operation(summary = "An action's progress updates, newest first")
	List<ProgressJson> progress(@PathVariable UUID id) {
		return plan.item(actor.get(), id).progress().stream().map(ProgressJson::of).toList();
	}

	@PostMapping("/api/v1/strategy/action-plan/items/{id}/progress")
	@Operation(summary = "Add a progress update (red, amber or green); updates are never edited")
	ResponseEntity<ProgressJson> addProgress(@PathVariable UUID id, @RequestBody(required = false) ProgressRequest body) {
		ProgressRequest request = body != null ? body : ProgressRequest.NONE;
		Progress added = plan.addProgress(actor.get(), id,
				new ProgressEntry(request.rag(), request.narrative(), request.impact(), request.asAt()));
		return ResponseEntity.created(URI.create("/api/v1/strategy/action-plan/items/" + id + "/progress"))
			.body(ProgressJson.of(added));
	}

	@PostMapping("/api/v1/strategy/action-plan/items/{id}/evidence")
	@Operation(summary = "Add an evidence link (a web address or a page of Seen)")
	ResponseEntity<EvidenceJson> addEvidence(@PathVariable UUID id, @RequestBody(required = false) EvidenceRequest body) {
		EvidenceRequest request = body != null ? body : EvidenceRequest.NONE;
		Evidence added = plan.addEvidence(actor.get(), id, new EvidenceEntry(request.title(), request.link()));
		return ResponseEntity.created(URI.create("/api/v1/strategy/action-plan/items/" + id))
			.body(EvidenceJson.of(added));
	}

	@GetMapping("/api/v1/strategy/review-cycles")
	@Operation(summary = "Assess, plan, do, review records, newest quarter first")
	List<CycleJson> cycles() {
		return plan.cycles(actor.get()).stream().map(CycleJson::of).toList();
	}

	@PostMapping("/api/v1/strategy/review-cycles")
	@Operation(summary = "Add the record for a quarter (startsOn is the quarter's first day)")
	ResponseEntity<CycleJson> addCycle(@RequestBody(required = false) CycleRequest body) {
		CycleRequest request = body != null ? body : CycleRequest.NONE;
		ReviewCycle added = plan.addCycle(actor.get(), request.entry());
		return ResponseEntity.created(URI.create("/api/v1/strategy/review-cycles/" + added.id()))
			.body(CycleJson.of(added));
	}

	@GetMapping("/api/v1/strategy/review-cycles/{id}")
	@Operation(summary = "One quarter's assess, plan, do, review record")
	CycleJson cycle(@PathVariable UUID id) {
		return CycleJson.of(plan.cycle(actor.get(), id));
	}

	@PutMapping("/api/v1/strategy/review-cycles/{id}")
	@Operation(summary = "Change a quarter's record; send its version")
	CycleJson changeCycle(@PathVariable UUID id, @RequestBody(required = false) CycleRequest body) {
		CycleRequest request = body != null ? body : CycleRequest.NONE;
		return CycleJson.of(plan.changeCycle(actor.get(), id, version(request.version()), request.entry()));
	}

	/** A change that names no version is refused as stale rather than written over whatever is there. */
	private static int version(Integer version) {
		return version == null ? -1 : version;
	}

	record StrategyRequest(String title, String vision, LocalDate startsOn, LocalDate endsOn, Integer version) {

		static final StrategyRequest NONE = new StrategyRequest(null, null, null, null, null);
	}

	record PriorityRequest(Integer position, String title, String summary, Integer version) {

		static final PriorityRequest NONE = new PriorityRequest(null, null, null, null);

		PriorityEntry entry() {
			return new PriorityEntry(position, title, summary);
		}
	}

	record AimRequest(String reference, String statement, Integer version) {

		static final AimRequest NONE = new AimRequest(null, null, null);
	}

	record ItemRequest(UUID priorityId, String reference, String title, String activities, String leadName,
			UUID leadAgencyId, LocalDate dueOn, ItemStatus status, List<UUID> aimIds, Integer version) {

		static final ItemRequest NONE = new ItemRequest(null, null, null, null, null, null, null, null, null, null);

		ItemEntry entry() {
			return new ItemEntry(priorityId, reference, title, activities, leadName, leadAgencyId, dueOn, status, aimIds);
		}
	}

	record KpiRequest(String description, String measureKey, KpiUnit unit, BigDecimal baselineValue,
			LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn, Direction direction, Integer version) {

		static final KpiRequest NONE = new KpiRequest(null, null, null, null, null, null, null, null, null);

		KpiEntry entry() {
			return new KpiEntry(description, measureKey, unit, baselineValue, baselineOn, targetValue, targetOn,
					direction);
		}
	}

	record ReadingRequest(BigDecimal value, LocalDate asAt) {

		static final ReadingRequest NONE = new ReadingRequest(null, null);
	}

	record ProgressRequest(Rag rag, String narrative, String impact, LocalDate asAt) {

		static final ProgressRequest NONE = new ProgressRequest(null, null, null, null);
	}

	record EvidenceRequest(String title, String link) {

		static final EvidenceRequest NONE = new EvidenceRequest(null, null);
	}

	record CycleRequest(LocalDate startsOn, String assess, String plan, String did, String review, Integer version) {

		static final CycleRequest NONE = new CycleRequest(null, null, null, null, null, null);

		CycleEntry entry() {
			return new CycleEntry(startsOn, assess, plan, did, review);
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record StrategyJson(UUID id, String title, String vision, LocalDate startsOn, LocalDate endsOn, int version,
			List<PriorityJson> priorities) {

		static StrategyJson of(Strategy s, List<Priority> priorities, List<Aim> aims) {
			return new StrategyJson(s.id(), s.title(), s.vision(), s.startsOn(), s.endsOn(), s.version(),
					priorities.stream().map(p -> PriorityJson.of(p, aims)).toList());
		}
	}

	record PriorityJson(UUID id, int position, String title, String summary, int version, List<AimJson> aims) {

		static PriorityJson of(Priority p, List<Aim> aims) {
			return new PriorityJson(p.id(), p.position(), p.title(), p.summary(), p.version(),
					aims.stream().filter(a -> a.priorityId().equals(p.id())).map(AimJson::of).toList());
		}
	}

	record AimJson(UUID id, UUID priorityId, String reference, String statement, int version) {

		static AimJson of(Aim a) {
			return new AimJson(a.id(), a.priorityId(), a.reference(), a.statement(), a.version());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ItemSummaryJson(UUID id, UUID priorityId, int priority, String reference, String title, String leadName,
			UUID leadAgencyId, String leadAgency, LocalDate dueOn, String status, String rag, LocalDate ragAsAt,
			int version) {

		static ItemSummaryJson of(Priority p, PlanView.Row row) {
			var i = row.item();
			return new ItemSummaryJson(i.id(), p.id(), p.position(), i.reference(), i.title(), i.leadName(),
					i.leadAgencyId(), i.leadAgencyName(), i.dueOn(), i.status().name(),
					row.rag() == null ? null : row.rag().name(), row.latest() == null ? null : row.latest().asAt(),
					i.version());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ItemJson(UUID id, UUID priorityId, String reference, String title, String activities, String leadName,
			UUID leadAgencyId, String leadAgency, LocalDate dueOn, String status, List<String> aims, String rag,
			int version, List<KpiJson> kpis, List<ProgressJson> progress, List<EvidenceJson> evidence) {

		static ItemJson of(ItemView v) {
			var i = v.item();
			return new ItemJson(i.id(), i.priorityId(), i.reference(), i.title(), i.activities(), i.leadName(),
					i.leadAgencyId(), i.leadAgencyName(), i.dueOn(), i.status().name(),
					v.aims().stream().map(Aim::reference).toList(), v.rag() == null ? null : v.rag().name(), i.version(),
					v.kpis().stream().map(KpiJson::of).toList(), v.progress().stream().map(ProgressJson::of).toList(),
					v.evidence().stream().map(EvidenceJson::of).toList());
		}
	}

	/**
	 * An indicator with its current value and trend. Values that are withheld (counts from 1 to 4)
	 * are null with {@code withheld} true, as everywhere the plan's figures leave Seen.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record KpiJson(UUID id, UUID itemId, String description, String measureKey, String measureLabel, String source,
			String unit, String direction, BigDecimal baselineValue, LocalDate baselineOn, BigDecimal targetValue,
			LocalDate targetOn, BigDecimal currentValue, LocalDate currentAsAt, boolean currentWithheld,
			String status, String statusLabel, int version, List<PointJson> trend) {

		static KpiJson of(KpiView v) {
			var k = v.kpi();
			var current = v.current();
			return new KpiJson(k.id(), k.itemId(), k.description(), k.measureKey(), v.measureLabel(),
					v.measureSource(), k.unit().name(), k.direction().name(), withheld(k.baselineValue(), k.unit()),
					k.baselineOn(), withheld(k.targetValue(), k.unit()), k.targetOn(), v.currentValue(),
					current == null ? null : current.asAt(), current != null && current.withheld(), v.status().name(),
					v.status().label(), k.version(),
					v.points().stream().map(p -> new PointJson(p.period(), p.asAt(), p.value(), p.withheld())).toList());
		}

		private static BigDecimal withheld(BigDecimal value, KpiUnit unit) {
			return Figures.small(value, unit) ? null : value;
		}
	}

	record PointJson(String period, LocalDate asAt, BigDecimal value, boolean withheld) {
	}

	record ProgressJson(UUID id, String rag, String narrative, String impact, LocalDate asAt, Instant recordedAt,
			String recordedBy) {

		static ProgressJson of(Progress p) {
			return new ProgressJson(p.id(), p.rag().name(), p.narrative(), p.impact(), p.asAt(), p.recordedAt(),
					p.recordedBy());
		}
	}

	record EvidenceJson(UUID id, String title, String link, Instant addedAt) {

		static EvidenceJson of(Evidence e) {
			return new EvidenceJson(e.id(), e.title(), e.link(), e.addedAt());
		}
	}

	record CycleJson(UUID id, String period, LocalDate startsOn, LocalDate endsOn, String assess, String plan,
			String did, String review, Instant updatedAt, int version) {

		static CycleJson of(ReviewCycle c) {
			return new CycleJson(c.id(), c.period(), c.startsOn(), c.endsOn(), c.assess(), c.plan(), c.did(),
					c.review(), c.updatedAt(), c.version());
		}
	}
}
