package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.actionplan.Entries.EvidenceEntry;
import org.seen.strategy.internal.actionplan.Entries.ItemEntry;
import org.seen.strategy.internal.actionplan.Entries.KpiEntry;
import org.seen.strategy.internal.actionplan.Entries.ProgressEntry;
import org.seen.strategy.internal.actionplan.Entries.ReadingEntry;
import org.seen.strategy.internal.actionplan.StrategyParts.Item;
import org.seen.strategy.internal.actionplan.StrategyParts.Kpi;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An action's page, and adding or changing an action, its indicators, readings, progress and evidence. */
@Controller
class ActionItemPages {

	static final String ITEM = "strategy/action-plan/item";

	static final String ITEM_FORM = "strategy/action-plan/item-form";

	static final String KPI_FORM = "strategy/action-plan/kpi-form";

	static final String READING_FORM = "strategy/action-plan/reading-form";

	static final String PROGRESS_FORM = "strategy/action-plan/progress-form";

	static final String EVIDENCE_FORM = "strategy/action-plan/evidence-form";

	private static final String ITEMS = "/strategy/action-plan/items/";

	private final StrategyActionPlan plan;

	private final CurrentActor actor;

	ActionItemPages(StrategyActionPlan plan, CurrentActor actor) {
		this.plan = plan;
		this.actor = actor;
	}

	@GetMapping("/strategy/action-plan/items/{id}")
	String item(@PathVariable UUID id, Model model) {
		model.addAttribute("view", plan.item(actor.get(), id));
		model.addAttribute("edits", StrategyRoles.edits(actor.get()));
		return ITEM;
	}

	// --- the action itself ---------------------------------------------------------------------------

	@GetMapping("/strategy/action-plan/items/new")
	String newItem(@RequestParam(required = false) String priority, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		if (Forms.id(priority) != null) {
			form.add("priorityId", priority);
		}
		return itemForm(model, null, form, new DateInput("", "", ""), new FormErrors());
	}

	@PostMapping("/strategy/action-plan/items/new")
	String addItem(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		FormErrors errors = new FormErrors();
		DateInput due = Forms.date(form, "dueOn");
		ItemEntry entry = itemEntry(form, due.parse("dueOn", "The due date", errors));
		try {
			if (!errors.any()) {
				ItemView added = plan.addItem(actor.get(), entry);
				redirect.addFlashAttribute("success", "Action " + added.item().reference() + " added");
				return "redirect:" + ITEMS + added.item().id();
			}
			plan.check(plan.current(actor.get()).orElseThrow(RecordNotFound::new).id(), null, entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		return itemForm(model, null, form, due, errors);
	}

	@GetMapping("/strategy/action-plan/items/{id}/edit")
	String editItem(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		ItemView view = plan.item(actor.get(), id);
		Item item = view.item();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("priorityId", item.priorityId().toString());
		form.add("reference", item.reference());
		form.add("title", item.title());
		form.add("activities", item.activities());
		form.add("leadName", item.leadName());
		form.add("leadAgencyId", item.leadAgencyId().toString());
		form.add("status", item.status().name());
		form.add("version", String.valueOf(item.version()));
		item.aimIds().forEach(aim -> form.add("aimIds", aim.toString()));
		return itemForm(model, view, form, DateInput.of(item.dueOn()), new FormErrors());
	}

	@PostMapping("/strategy/action-plan/items/{id}/edit")
	String changeItem(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		ItemView view = plan.item(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput due = Forms.date(form, "dueOn");
		ItemEntry entry = itemEntry(form, due.parse("dueOn", "The due date", errors));
		try {
			if (!errors.any()) {
				plan.changeItem(actor.get(), id, Forms.version(form.getFirst("version")), entry);
				redirect.addFlashAttribute("success", "Action saved");
				return "redirect:" + ITEMS + id;
			}
			plan.check(view.priority().strategyId(), id, entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			return editItem(id, model.addAttribute("stale", ActionPlans.STALE));
		}
		return itemForm(model, view, form, due, errors);
	}

	private static ItemEntry itemEntry(MultiValueMap<String, String> form, LocalDate due) {
		return new ItemEntry(Forms.id(form.getFirst("priorityId")), Forms.text(form, "reference"),
				Forms.text(form, "title"), Forms.text(form, "activities"), Forms.text(form, "leadName"),
				Forms.id(form.getFirst("leadAgencyId")), due, Forms.choice(ItemStatus.class, form.getFirst("status")),
				Forms.ids(form.get("aimIds")));
	}

	private String itemForm(Model model, ItemView view, MultiValueMap<String, String> form, DateInput due,
			FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("chosenAims", form.get("aimIds") == null ? List.of() : form.get("aimIds"));
		model.addAttribute("dueOn", due);
		model.addAttribute("priorities", plan.priorities(actor.get()));
		model.addAttribute("aims", plan.aims(actor.get()));
		model.addAttribute("agencies", plan.agencies());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("errors", Forms.stale(model, errors, "reference"));
		return ITEM_FORM;
	}

	// --- key performance indicators ----------------------------------------------------------------

	@GetMapping("/strategy/action-plan/items/{id}/kpis/new")
	String newKpi(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("unit", KpiUnit.COUNT.name());
		return kpiForm(model, plan.item(actor.get(), id), null, form, DateInput.of(null), DateInput.of(null),
				new FormErrors());
	}

	@PostMapping("/strategy/action-plan/items/{id}/kpis/new")
	String addKpi(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		ItemView view = plan.item(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput baselineOn = Forms.date(form, "baselineOn");
		DateInput targetOn = Forms.date(form, "targetOn");
		KpiEntry entry = kpiEntry(form, baselineOn, targetOn, errors);
		try {
			if (!errors.any()) {
				plan.addKpi(actor.get(), id, entry);
				redirect.addFlashAttribute("success", "Indicator added");
				return "redirect:" + ITEMS + id;
			}
			plan.check(entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		return kpiForm(model, view, null, form, baselineOn, targetOn, errors);
	}

	@GetMapping("/strategy/action-plan/kpis/{kpiId}/edit")
	String editKpi(@PathVariable UUID kpiId, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Kpi kpi = plan.kpi(actor.get(), kpiId).kpi();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("description", kpi.description());
		form.add("measureKey", kpi.measureKey() == null ? "" : kpi.measureKey());
		form.add("unit", kpi.unit().name());
		form.add("baselineValue", plain(kpi.baselineValue()));
		form.add("targetValue", plain(kpi.targetValue()));
		form.add("direction", kpi.direction().name());
		form.add("version", String.valueOf(kpi.version()));
		return kpiForm(model, plan.item(actor.get(), kpi.itemId()), kpi, form, DateInput.of(kpi.baselineOn()),
				DateInput.of(kpi.targetOn()), new FormErrors());
	}

	@PostMapping("/strategy/action-plan/kpis/{kpiId}/edit")
	String changeKpi(@PathVariable UUID kpiId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Kpi kpi = plan.kpi(actor.get(), kpiId).kpi();
		FormErrors errors = new FormErrors();
		DateInput baselineOn = Forms.date(form, "baselineOn");
		DateInput targetOn = Forms.date(form, "targetOn");
		KpiEntry entry = kpiEntry(form, baselineOn, targetOn, errors);
		try {
			if (!errors.any()) {
				plan.changeKpi(actor.get(), kpiId, Forms.version(form.getFirst("version")), entry);
				redirect.addFlashAttribute("success", "Indicator saved");
				return "redirect:" + ITEMS + kpi.itemId();
			}
			plan.check(entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			return editKpi(kpiId, model.addAttribute("stale", ActionPlans.STALE));
		}
		return kpiForm(model, plan.item(actor.get(), kpi.itemId()), kpi, form, baselineOn, targetOn, errors);
	}

	private static KpiEntry kpiEntry(MultiValueMap<String, String> form, DateInput baselineOn, DateInput targetOn,
			FormErrors errors) {
		BigDecimal baseline = Forms.figure(form.getFirst("baselineValue"), "baselineValue", "The baseline", errors);
		LocalDate baselineDate = baselineOn.parse("baselineOn", "The baseline date", errors);
		BigDecimal target = Forms.figure(form.getFirst("targetValue"), "targetValue", "The target", errors);
		LocalDate targetDate = targetOn.parse("targetOn", "The target date", errors);
		return new KpiEntry(Forms.text(form, "description"), Forms.text(form, "measureKey"),
				Forms.choice(KpiUnit.class, form.getFirst("unit")), baseline, baselineDate, target, targetDate,
				Forms.choice(Direction.class, form.getFirst("direction")));
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private String kpiForm(Model model, ItemView view, Kpi kpi, MultiValueMap<String, String> form,
			DateInput baselineOn, DateInput targetOn, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("kpi", kpi);
		model.addAttribute("form", form);
		model.addAttribute("baselineOn", baselineOn);
		model.addAttribute("targetOn", targetOn);
		model.addAttribute("measures", plan.measureChoices());
		model.addAttribute("units", KpiUnit.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("errors", Forms.stale(model, errors, "description"));
		return KPI_FORM;
	}

	@GetMapping("/strategy/action-plan/kpis/{kpiId}/readings/new")
	String newReading(@PathVariable UUID kpiId, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		return readingForm(model, plan.kpi(actor.get(), kpiId), null, DateInput.of(plan.today()), new FormErrors());
	}

	@PostMapping("/strategy/action-plan/kpis/{kpiId}/readings/new")
	String addReading(@PathVariable UUID kpiId, @RequestParam(required = false) String value,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		KpiView kpi = plan.kpi(actor.get(), kpiId);
		FormErrors errors = new FormErrors();
		DateInput asAt = Forms.date(form, "asAt");
		ReadingEntry entry = new ReadingEntry(Forms.figure(value, "value", "The value", errors),
				asAt.parse("asAt", "The date", errors));
		try {
			if (!errors.any()) {
				plan.addReading(actor.get(), kpiId, entry);
				redirect.addFlashAttribute("success", "Value recorded");
				return "redirect:" + ITEMS + kpi.kpi().itemId();
			}
			plan.check(kpi.kpi(), entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		return readingForm(model, kpi, value, asAt, errors);
	}

	private String readingForm(Model model, KpiView kpi, String value, DateInput asAt, FormErrors errors) {
		model.addAttribute("kpi", kpi);
		model.addAttribute("value", value);
		model.addAttribute("asAt", asAt);
		model.addAttribute("errors", errors);
		return READING_FORM;
	}

	// --- progress and evidence ---------------------------------------------------------------------

	@GetMapping("/strategy/action-plan/items/{id}/progress/new")
	String newProgress(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		return progressForm(model, plan.item(actor.get(), id), new LinkedMultiValueMap<>(), DateInput.of(plan.today()),
				new FormErrors());
	}

	@PostMapping("/strategy/action-plan/items/{id}/progress/new")
	String addProgress(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		ItemView view = plan.item(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput asAt = Forms.date(form, "asAt");
		ProgressEntry entry = new ProgressEntry(Forms.choice(Rag.class, form.getFirst("rag")),
				Forms.text(form, "narrative"), Forms.text(form, "impact"), asAt.parse("asAt", "The date", errors));
		try {
			if (!errors.any()) {
				plan.addProgress(actor.get(), id, entry);
				redirect.addFlashAttribute("success", "Progress recorded");
				return "redirect:" + ITEMS + id;
			}
			plan.check(entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		return progressForm(model, view, form, asAt, errors);
	}

	private String progressForm(Model model, ItemView view, MultiValueMap<String, String> form, DateInput asAt,
			FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("asAt", asAt);
		model.addAttribute("rags", Rag.values());
		model.addAttribute("errors", errors);
		return PROGRESS_FORM;
	}

	@GetMapping("/strategy/action-plan/items/{id}/evidence/new")
	String newEvidence(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		return evidenceForm(model, plan.item(actor.get(), id), null, null, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/items/{id}/evidence/new")
	String addEvidence(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String link, Model model, RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			plan.addEvidence(actor.get(), id, new EvidenceEntry(title, link));
			redirect.addFlashAttribute("success", "Evidence added");
			return "redirect:" + ITEMS + id;
		}
		catch (InvalidInput ex) {
			return evidenceForm(model, plan.item(actor.get(), id), title, link, Forms.problems(ex));
		}
	}

	private String evidenceForm(Model model, ItemView view, String title, String link, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("evidenceTitle", title);
		model.addAttribute("link", link);
		model.addAttribute("errors", errors);
		return EVIDENCE_FORM;
	}
}
