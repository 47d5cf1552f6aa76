package org.seen.strategy.internal.actionplan;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.actionplan.Entries.AimEntry;
import org.seen.strategy.internal.actionplan.Entries.PriorityEntry;
import org.seen.strategy.internal.actionplan.Entries.StrategyEntry;
import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;
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

/** The action plan's landing page, and writing the strategy, its priorities and their aims. */
@Controller
class ActionPlanPages {

	static final String PLAN = "strategy/action-plan/plan";

	static final String STRATEGY = "strategy/action-plan/strategy-form";

	static final String PRIORITY = "strategy/action-plan/priority-form";

	static final String AIM = "strategy/action-plan/aim-form";

	private static final String HOME = "redirect:/strategy/action-plan";

	private final StrategyActionPlan plan;

	private final CurrentActor actor;

	ActionPlanPages(StrategyActionPlan plan, CurrentActor actor) {
		this.plan = plan;
		this.actor = actor;
	}

	@GetMapping("/strategy/action-plan")
	String plan(@RequestParam(required = false) String rag, @RequestParam(required = false) String agency,
			Model model) {
		String chosenRag = rag == null || !rag.matches("RED|AMBER|GREEN|NONE") ? null : rag;
		PlanView.Filter filter = new PlanView.Filter(chosenRag, Forms.id(agency));
		model.addAttribute("view", plan.plan(actor.get(), filter).orElse(null));
		model.addAttribute("filter", filter);
		model.addAttribute("agencies", plan.agencies());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("edits", StrategyRoles.edits(actor.get()));
		return PLAN;
	}

	@GetMapping("/strategy/action-plan/strategy")
	String strategyForm(Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Strategy current = plan.current(actor.get()).orElse(null);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		if (current != null) {
			form.add("title", current.title());
			form.add("vision", current.vision());
			form.add("version", String.valueOf(current.version()));
		}
		return strategy(model, form, DateInput.of(current == null ? null : current.startsOn()),
				DateInput.of(current == null ? null : current.endsOn()), current != null, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/strategy")
	String saveStrategy(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		FormErrors errors = new FormErrors();
		DateInput starts = Forms.date(form, "startsOn");
		DateInput ends = Forms.date(form, "endsOn");
		StrategyEntry entry = new StrategyEntry(Forms.text(form, "title"), Forms.text(form, "vision"),
				starts.parse("startsOn", "The start date", errors), ends.parse("endsOn", "The end date", errors));
		boolean exists = plan.current(actor.get()).isPresent();
		try {
			if (!errors.any()) {
				plan.saveStrategy(actor.get(), Forms.version(form.getFirst("version")), entry);
				redirect.addFlashAttribute("success", "Strategy saved");
				return HOME;
			}
			plan.check(entry, errors);
		}
		catch (InvalidInput ex) {
			errors = Forms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			return strategyForm(model.addAttribute("stale", ActionPlans.STALE));
		}
		return strategy(model, form, starts, ends, exists, errors);
	}

	private String strategy(Model model, MultiValueMap<String, String> form, DateInput starts, DateInput ends,
			boolean exists, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("startsOn", starts);
		model.addAttribute("endsOn", ends);
		model.addAttribute("exists", exists);
		model.addAttribute("errors", Forms.stale(model, errors, "title"));
		return STRATEGY;
	}

	@GetMapping("/strategy/action-plan/priorities/new")
	String newPriority(Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("position", String.valueOf(plan.priorities(actor.get()).size() + 1));
		return priority(model, null, form, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/priorities/new")
	String addPriority(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			Priority added = plan.addPriority(actor.get(), priorityEntry(form));
			redirect.addFlashAttribute("success", "Priority " + added.position() + " added");
			return HOME;
		}
		catch (InvalidInput ex) {
			return priority(model, null, form, Forms.problems(ex));
		}
	}

	@GetMapping("/strategy/action-plan/priorities/{id}")
	String priorityForm(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Priority priority = plan.priority(actor.get(), id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("position", String.valueOf(priority.position()));
		form.add("title", priority.title());
		form.add("summary", priority.summary());
		form.add("version", String.valueOf(priority.version()));
		return priority(model, priority, form, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/priorities/{id}")
	String changePriority(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			plan.changePriority(actor.get(), id, Forms.version(form.getFirst("version")), priorityEntry(form));
			redirect.addFlashAttribute("success", "Priority saved");
			return HOME;
		}
		catch (InvalidInput ex) {
			return priority(model, plan.priority(actor.get(), id), form, Forms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return priorityForm(id, model.addAttribute("stale", ActionPlans.STALE));
		}
	}

	private static PriorityEntry priorityEntry(MultiValueMap<String, String> form) {
		return new PriorityEntry(Forms.number(form.getFirst("position")), Forms.text(form, "title"),
				Forms.text(form, "summary"));
	}

	private String priority(Model model, Priority priority, MultiValueMap<String, String> form, FormErrors errors) {
		model.addAttribute("priority", priority);
		model.addAttribute("form", form);
		model.addAttribute("errors", Forms.stale(model, errors, "title"));
		return PRIORITY;
	}

	@GetMapping("/strategy/action-plan/priorities/{id}/aims/new")
	String newAim(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Priority priority = plan.priority(actor.get(), id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		long aims = plan.aims(actor.get()).stream().filter(a -> a.priorityId().equals(id)).count();
		form.add("reference", priority.position() + "." + (aims + 1));
		return aim(model, priority, null, form, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/priorities/{id}/aims/new")
	String addAim(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			Aim added = plan.addAim(actor.get(), id, aimEntry(form));
			redirect.addFlashAttribute("success", "Aim " + added.reference() + " added");
			return HOME;
		}
		catch (InvalidInput ex) {
			return aim(model, plan.priority(actor.get(), id), null, form, Forms.problems(ex));
		}
	}

	@GetMapping("/strategy/action-plan/aims/{id}")
	String aimForm(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Aim aim = plan.aim(actor.get(), id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("reference", aim.reference());
		form.add("statement", aim.statement());
		form.add("version", String.valueOf(aim.version()));
		return aim(model, plan.priority(actor.get(), aim.priorityId()), aim, form, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/aims/{id}")
	String changeAim(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			plan.changeAim(actor.get(), id, Forms.version(form.getFirst("version")), aimEntry(form));
			redirect.addFlashAttribute("success", "Aim saved");
			return HOME;
		}
		catch (InvalidInput ex) {
			Aim aim = plan.aim(actor.get(), id);
			return aim(model, plan.priority(actor.get(), aim.priorityId()), aim, form, Forms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return aimForm(id, model.addAttribute("stale", ActionPlans.STALE));
		}
	}

	private static AimEntry aimEntry(MultiValueMap<String, String> form) {
		return new AimEntry(Forms.text(form, "reference"), Forms.text(form, "statement"));
	}

	private String aim(Model model, Priority priority, Aim aim, MultiValueMap<String, String> form,
			FormErrors errors) {
		model.addAttribute("priority", priority);
		model.addAttribute("aim", aim);
		model.addAttribute("form", form);
		model.addAttribute("errors", Forms.stale(model, errors, "reference"));
		return AIM;
	}
}
