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

/** A manager's or safeguarding lead's recorded decision on drift: what will happen, and when to look again. */
@Controller
class DriftPages {

	static final String DECISION = "plans/decision";

	private final ChildPlans plans;

	private final CurrentActor actor;

	DriftPages(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	@GetMapping("/plans/{id}/drift/{findingId}/decision")
	String form(@PathVariable UUID id, @PathVariable UUID findingId, Model model) {
		PlanView view = plans.read(actor.get(), id);
		Finding finding = plans.finding(view, findingId);
		return show(model, view, finding, finding.decision(), DateInput.of(finding.lookAgainOn()), finding.version(),
				new FormErrors());
	}

	@PostMapping("/plans/{id}/drift/{findingId}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID findingId, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		DateInput lookAgain = PlanForms.date(form, "lookAgainOn");
		LocalDate lookAgainOn = lookAgain.parse("lookAgainOn", "Date to look again", errors);
		String decision = form.getFirst("decision");
		Integer version = PlanForms.number(form.getFirst("version"));
		try {
			if (!errors.any()) {
				plans.decide(actor.get(), id, findingId, version == null ? -1 : version, decision, lookAgainOn);
				redirect.addFlashAttribute("success", "Decision recorded");
				return "redirect:/plans/" + id + "#drift";
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			PlanView now = plans.read(actor.get(), id);
			Finding current = plans.finding(now, findingId);
			return show(model, now, current, decision, lookAgain, current.version(),
					new FormErrors().reject("decision", ChildPlans.STALE));
		}
		PlanView view = plans.read(actor.get(), id);
		return show(model, view, plans.finding(view, findingId), decision, lookAgain, version == null ? -1 : version,
				errors);
	}

	private String show(Model model, PlanView view, Finding finding, String decision, DateInput lookAgain, int version,
			FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("finding", finding);
		model.addAttribute("decision", decision);
		model.addAttribute("lookAgainOn", lookAgain);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return DECISION;
	}
}
