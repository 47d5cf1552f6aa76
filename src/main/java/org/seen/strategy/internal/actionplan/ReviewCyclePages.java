package org.seen.strategy.internal.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.actionplan.Entries.CycleEntry;
import org.seen.strategy.internal.actionplan.StrategyParts.ReviewCycle;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;
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

/** Assess, plan, do, review: one record for each quarter, newest first. */
@Controller
class ReviewCyclePages {

	static final String LIST = "strategy/action-plan/reviews";

	static final String FORM = "strategy/action-plan/review-form";

	private final StrategyActionPlan plan;

	private final CurrentActor actor;

	ReviewCyclePages(StrategyActionPlan plan, CurrentActor actor) {
		this.plan = plan;
		this.actor = actor;
	}

	@GetMapping("/strategy/action-plan/reviews")
	String list(Model model) {
		model.addAttribute("cycles", plan.cycles(actor.get()));
		model.addAttribute("edits", StrategyRoles.edits(actor.get()));
		return LIST;
	}

	@GetMapping("/strategy/action-plan/reviews/new")
	String newCycle(Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("startsOn", Quarters.startOf(plan.today()).toString());
		return form(model, null, form, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/reviews/new")
	String add(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			ReviewCycle added = plan.addCycle(actor.get(), entry(form));
			redirect.addFlashAttribute("success", added.period() + " saved");
			return "redirect:/strategy/action-plan/reviews";
		}
		catch (InvalidInput ex) {
			return form(model, null, form, Forms.problems(ex));
		}
	}

	@GetMapping("/strategy/action-plan/reviews/{id}")
	String edit(@PathVariable UUID id, Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		ReviewCycle cycle = plan.cycle(actor.get(), id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("startsOn", cycle.startsOn().toString());
		form.add("assess", cycle.assess());
		form.add("plan", cycle.plan());
		form.add("did", cycle.did());
		form.add("review", cycle.review());
		form.add("version", String.valueOf(cycle.version()));
		return form(model, cycle, form, new FormErrors());
	}

	@PostMapping("/strategy/action-plan/reviews/{id}")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		try {
			ReviewCycle saved = plan.changeCycle(actor.get(), id, Forms.version(form.getFirst("version")), entry(form));
			redirect.addFlashAttribute("success", saved.period() + " saved");
			return "redirect:/strategy/action-plan/reviews";
		}
		catch (InvalidInput ex) {
			return form(model, plan.cycle(actor.get(), id), form, Forms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return edit(id, model.addAttribute("stale", ActionPlans.STALE));
		}
	}

	private static CycleEntry entry(MultiValueMap<String, String> form) {
		LocalDate starts;
		try {
			String typed = form.getFirst("startsOn");
			starts = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			// a tampered choice is refused as "choose a quarter"
			starts = LocalDate.of(1900, 1, 2);
		}
		return new CycleEntry(starts, Forms.text(form, "assess"), Forms.text(form, "plan"), Forms.text(form, "did"),
				Forms.text(form, "review"));
	}

	private String form(Model model, ReviewCycle cycle, MultiValueMap<String, String> form, FormErrors errors) {
		Strategy strategy = plan.current(actor.get()).orElseThrow(RecordNotFound::new);
		// the strategy's quarters up to the present one, newest first
		LocalDate last = plan.today().isBefore(strategy.endsOn()) ? plan.today() : strategy.endsOn();
		List<Quarter> quarters = Quarters.between(strategy.startsOn(), last)
			.stream()
			.map(q -> new Quarter(q.toString(), Quarters.label(q)))
			.toList();
		model.addAttribute("cycle", cycle);
		model.addAttribute("form", form);
		model.addAttribute("quarters", quarters);
		model.addAttribute("errors", Forms.stale(model, errors, "assess"));
		return FORM;
	}

	record Quarter(String value, String label) {
	}
}
