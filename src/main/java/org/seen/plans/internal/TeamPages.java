package org.seen.plans.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.seen.access.CurrentActor;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding practitioners and family members to the team around the family. */
@Controller
class TeamPages {

	static final String MEMBER = "plans/member";

	static final String FAMILY = "plans/family-member";

	private final ChildPlans plans;

	private final CurrentActor actor;

	TeamPages(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	@GetMapping("/plans/{id}/members/new")
	String memberForm(@PathVariable UUID id, Model model) {
		return member(model, plans.read(actor.get(), id), null, new FormErrors());
	}

	@PostMapping("/plans/{id}/members/new")
	String member(@PathVariable UUID id, @RequestParam(required = false) String practitioner, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			plans.addMember(actor.get(), id, PlanForms.id(practitioner));
		}
		catch (InvalidInput ex) {
			return member(model, plans.read(actor.get(), id), practitioner, PlanForms.problems(ex));
		}
		catch (AccessDeniedException ex) {
			// here by breaking glass: the page says why (offering no form), with the status that it is forbidden
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return member(model, plans.read(actor.get(), id), practitioner, new FormErrors());
		}
		redirect.addFlashAttribute("success", "Added to the team. They can now see the child's record.");
		return "redirect:/plans/" + id + "#team";
	}

	private String member(Model model, PlanView view, String chosen, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("people", plans.people());
		model.addAttribute("worksWithChild", plans.worksWithChild(actor.get(), view.child().id()));
		model.addAttribute("practitioner", chosen);
		model.addAttribute("errors", errors);
		return MEMBER;
	}

	@GetMapping("/plans/{id}/family/new")
	String familyForm(@PathVariable UUID id, Model model) {
		return family(model, plans.read(actor.get(), id), null, null, null, new FormErrors());
	}

	@PostMapping("/plans/{id}/family/new")
	String family(@PathVariable UUID id, @RequestParam(required = false) String adult,
			@RequestParam(required = false) String name, @RequestParam(required = false) String relationship, Model model,
			RedirectAttributes redirect) {
		try {
			UUID adultId = adult == null || adult.isBlank() || "other".equals(adult) ? null : PlanForms.id(adult);
			if (adult != null && !adult.isBlank() && !"other".equals(adult) && adultId == null) {
				throw new InvalidInput("adult", "Select an adult recorded in the child's life");
			}
			plans.addFamily(actor.get(), id, adultId, "other".equals(adult) || adultId == null ? name : null, relationship);
		}
		catch (InvalidInput ex) {
			return family(model, plans.read(actor.get(), id), adult, name, relationship, PlanForms.problems(ex));
		}
		redirect.addFlashAttribute("success", "Family member added to the plan");
		return "redirect:/plans/" + id + "#team";
	}

	private String family(Model model, PlanView view, String adult, String name, String relationship, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("adults", plans.adults(view.child().id()));
		model.addAttribute("adult", adult);
		model.addAttribute("name", name);
		model.addAttribute("relationship", relationship);
		model.addAttribute("errors", errors);
		return FAMILY;
	}
}
