package org.seen.family.internal;

import java.util.UUID;

import org.seen.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a signed-in family member sees: their children, each child's plan in plain words, and a
 * form to say what they think of the help. Every read goes through {@link FamilyGate}.
 */
@Controller
class FamilyPages {

	static final String HOME = "family/home";

	static final String PLAN = "family/plan";

	static final String FEEDBACK = "family/feedback";

	private final FamilyGate gate;

	FamilyPages(FamilyGate gate) {
		this.gate = gate;
	}

	@GetMapping("/family")
	String home(@AuthenticationPrincipal FamilyPrincipal family, Model model) {
		model.addAttribute("children", gate.children(family));
		return HOME;
	}

	@GetMapping("/family/children/{childId}")
	String plan(@AuthenticationPrincipal FamilyPrincipal family, @PathVariable UUID childId, Model model) {
		FamilyGate.PlanView view = gate.plan(family, childId);
		model.addAttribute("child", view.child());
		model.addAttribute("plan", view.plan());
		return PLAN;
	}

	@GetMapping("/family/children/{childId}/feedback")
	String feedbackForm(@AuthenticationPrincipal FamilyPrincipal family, @PathVariable UUID childId, Model model) {
		model.addAttribute("child", gate.admitFeedback(family, childId));
		model.addAttribute("form", new FeedbackForm());
		model.addAttribute("errors", new FormErrors());
		return FEEDBACK;
	}

	@PostMapping("/family/children/{childId}/feedback")
	String feedback(@AuthenticationPrincipal FamilyPrincipal family, @PathVariable UUID childId, FeedbackForm form,
			Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		Feedback feedback = form.feedback(errors);
		if (errors.any()) {
			model.addAttribute("child", gate.admitFeedback(family, childId));
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			return FEEDBACK;
		}
		gate.feedback(family, childId, feedback);
		redirect.addFlashAttribute("success", "Thank you. Your lead professional will see what you said");
		return "redirect:/family/children/" + childId;
	}
}
