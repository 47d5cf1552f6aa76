package org.seen.chronology.internal;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.people.ChildRecords;
import org.seen.web.InvalidInput;
import org.seen.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Acknowledging a pattern alert with a note of what was done or decided. */
@Controller
class AlertPages {

	static final String ACKNOWLEDGE = "chronology/acknowledge";

	private final ChildAlerts alerts;

	private final ChildRecords children;

	private final CurrentActor actor;

	AlertPages(ChildAlerts alerts, ChildRecords children, CurrentActor actor) {
		this.alerts = alerts;
		this.children = children;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/alerts/{alertId}/acknowledge")
	String form(@PathVariable UUID childId, @PathVariable UUID alertId, Model model) {
		return page(model, childId, alerts.alert(actor.get(), childId, alertId), null, new FormErrors());
	}

	@PostMapping("/children/{childId}/alerts/{alertId}/acknowledge")
	String acknowledge(@PathVariable UUID childId, @PathVariable UUID alertId,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "-1") int version, Model model,
			RedirectAttributes redirect) {
		try {
			alerts.acknowledge(actor.get(), childId, alertId, version, note);
		}
		catch (InvalidInput ex) {
			return page(model, childId, alerts.alert(actor.get(), childId, alertId), note,
					FieldMessages.of(ex.field(), ex.getMessage()));
		}
		catch (OptimisticLockingFailureException ex) {
			return page(model, childId, alerts.alert(actor.get(), childId, alertId), note, FieldMessages.of("stale",
					"Someone else acknowledged or changed this alert while you were writing. Your note has not been saved."));
		}
		redirect.addFlashAttribute("success", "Alert acknowledged. It stays in the child's history with your note");
		return "redirect:/worklist";
	}

	private String page(Model model, UUID childId, PatternAlert alert, String note, FormErrors errors) {
		model.addAttribute("child", children.summary(childId).orElseThrow(RecordNotFound::new));
		model.addAttribute("alert", alert);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		return ACKNOWLEDGE;
	}
}
