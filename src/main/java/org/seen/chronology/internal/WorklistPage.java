package org.seen.chronology.internal;

import org.seen.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Open pattern alerts on every child the signed-in practitioner may see. */
@Controller
class WorklistPage {

	static final String VIEW = "chronology/worklist";

	private final ChildAlerts alerts;

	private final CurrentActor actor;

	WorklistPage(ChildAlerts alerts, CurrentActor actor) {
		this.alerts = alerts;
		this.actor = actor;
	}

	@GetMapping("/worklist")
	String worklist(Model model) {
		model.addAttribute("entries", alerts.worklist(actor.get()));
		model.addAttribute("limit", ChildAlerts.WORKLIST_SIZE);
		return VIEW;
	}
}
