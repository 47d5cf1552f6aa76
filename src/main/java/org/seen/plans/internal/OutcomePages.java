package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a SMART outcome to the plan, and changing one. */
@Controller
class OutcomePages {

	static final String OUTCOME = "plans/outcome";

	private final ChildPlans plans;

	private final CurrentActor actor;

	OutcomePages(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	/** The form as typed, so a refused form comes back with nothing lost. */
	record Form(String kind, String itemId, String childSaid, String difference, String targetGrade, DateInput targetOn,
			int version) {

		static Form of(MultiValueMap<String, String> form) {
			Integer version = PlanForms.number(form.getFirst("version"));
			return new Form(form.getFirst("kind"), form.getFirst("itemId"), form.getFirst("childSaid"),
					form.getFirst("difference"), form.getFirst("targetGrade"), PlanForms.date(form, "targetOn"),
					version == null ? -1 : version);
		}

		Entries.NewOutcome entry(LocalDate target) {
			return new Entries.NewOutcome(kind, itemId, childSaid, difference, PlanForms.number(targetGrade), target);
		}
	}

	@GetMapping("/plans/{id}/outcomes/new")
	String newForm(@PathVariable UUID id, Model model) {
		return show(model, plans.read(actor.get(), id), null,
				new Form(null, null, null, null, null, DateInput.of(null), 0), new FormErrors());
	}

	@PostMapping("/plans/{id}/outcomes/new")
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Form form = Form.of(params);
		FormErrors errors = new FormErrors();
		LocalDate target = form.targetOn().parse("targetOn", "Target date", errors);
		try {
			if (!errors.any()) {
				plans.addOutcome(actor.get(), id, form.entry(target));
				redirect.addFlashAttribute("success", "Outcome added");
				return "redirect:/plans/" + id + "#outcomes";
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		return show(model, plans.read(actor.get(), id), null, form, errors);
	}

	@GetMapping("/plans/{id}/outcomes/{outcomeId}")
	String changeForm(@PathVariable UUID id, @PathVariable UUID outcomeId, Model model) {
		PlanView view = plans.read(actor.get(), id);
		Outcome outcome = outcome(view, outcomeId);
		return show(model, view, outcome, current(outcome), new FormErrors());
	}

	@PostMapping("/plans/{id}/outcomes/{outcomeId}")
	String change(@PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Form form = Form.of(params);
		FormErrors errors = new FormErrors();
		LocalDate target = form.targetOn().parse("targetOn", "Target date", errors);
		try {
			if (!errors.any()) {
				plans.changeOutcome(actor.get(), id, outcomeId, form.version(), form.entry(target));
				redirect.addFlashAttribute("success", "Outcome changed");
				return "redirect:/plans/" + id + "#outcomes";
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			PlanView now = plans.read(actor.get(), id);
			Outcome outcome = outcome(now, outcomeId);
			return show(model, now, outcome, current(outcome), new FormErrors().reject("difference", ChildPlans.STALE));
		}
		PlanView view = plans.read(actor.get(), id);
		return show(model, view, outcome(view, outcomeId), form, errors);
	}

	private static Outcome outcome(PlanView view, UUID outcomeId) {
		Outcome outcome = view.outcome(outcomeId);
		if (outcome == null) {
			throw new org.seen.access.RecordNotFound();
		}
		return outcome;
	}

	private static Form current(Outcome o) {
		return new Form(o.kind().name(), o.itemId(), o.childSaid(), o.difference(),
				o.targetGrade() == null ? null : String.valueOf(o.targetGrade()), DateInput.of(o.targetOn()), o.version());
	}

	private String show(Model model, PlanView view, Outcome outcome, Form form, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("outcome", outcome);
		model.addAttribute("latest", plans.latestAssessment(view.child().id()).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return OUTCOME;
	}
}
