package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
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

/** Adding an action (who does what by when) and recording how it stands. */
@Controller
class ActionPages {

	static final String NEW = "plans/action-new";

	static final String CHANGE = "plans/action";

	private final ChildPlans plans;

	private final CurrentActor actor;

	ActionPages(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	@GetMapping("/plans/{id}/actions/new")
	String newForm(@PathVariable UUID id, Model model) {
		return add(model, plans.read(actor.get(), id), null, null, DateInput.of(null), null, new FormErrors());
	}

	@PostMapping("/plans/{id}/actions/new")
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		DateInput due = PlanForms.date(form, "dueOn");
		LocalDate dueOn = due.parse("dueOn", "Due date", errors);
		String what = form.getFirst("what");
		String owner = form.getFirst("owner");
		String outcome = form.getFirst("outcome");
		try {
			if (!errors.any()) {
				plans.addAction(actor.get(), id,
						new Entries.NewAction(what, PlanForms.id(owner), dueOn, PlanForms.id(outcome)));
				redirect.addFlashAttribute("success", "Action added");
				return "redirect:/plans/" + id + "#actions";
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		return add(model, plans.read(actor.get(), id), what, owner, due, outcome, errors);
	}

	private String add(Model model, PlanView view, String what, String owner, DateInput due, String outcome,
			FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("what", what);
		model.addAttribute("owner", owner);
		model.addAttribute("dueOn", due);
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		return NEW;
	}

	@GetMapping("/plans/{id}/actions/{actionId}")
	String changeForm(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
		PlanView view = plans.read(actor.get(), id);
		PlanAction action = action(view, actionId);
		return change(model, view, action, action.status().name(), action.note(), DateInput.of(action.dueOn()),
				action.version(), new FormErrors());
	}

	@PostMapping("/plans/{id}/actions/{actionId}")
	String change(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		DateInput due = PlanForms.date(form, "dueOn");
		LocalDate dueOn = due.parse("dueOn", "Due date", errors);
		String status = form.getFirst("status");
		String note = form.getFirst("note");
		Integer version = PlanForms.number(form.getFirst("version"));
		try {
			if (!errors.any()) {
				plans.changeAction(actor.get(), id, actionId, version == null ? -1 : version,
						new Entries.ActionChange(status, note, dueOn));
				redirect.addFlashAttribute("success", "Action updated");
				return "redirect:/plans/" + id + "#actions";
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			PlanView now = plans.read(actor.get(), id);
			PlanAction current = action(now, actionId);
			return change(model, now, current, current.status().name(), current.note(), DateInput.of(current.dueOn()),
					current.version(), new FormErrors().reject("status", ChildPlans.STALE));
		}
		PlanView view = plans.read(actor.get(), id);
		return change(model, view, action(view, actionId), status, note, due, version == null ? -1 : version, errors);
	}

	private static PlanAction action(PlanView view, UUID actionId) {
		PlanAction action = view.action(actionId);
		if (action == null) {
			throw new RecordNotFound();
		}
		return action;
	}

	private String change(Model model, PlanView view, PlanAction action, String status, String note, DateInput due,
			int version, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("action", action);
		model.addAttribute("statuses", PlanAction.Status.values());
		model.addAttribute("status", status);
		model.addAttribute("note", note);
		model.addAttribute("dueOn", due);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return CHANGE;
	}
}
