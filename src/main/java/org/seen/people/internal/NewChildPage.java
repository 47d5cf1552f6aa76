package org.seen.people.internal;

import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Add a child. Warns when the child may already be recorded (a similar name born on the same
 * day), so that agencies add to one record instead of starting again.
 */
@Controller
@RequestMapping("/children/new")
class NewChildPage {

	static final String VIEW = "people/new-child";

	private final ChildRegister register;

	private final CurrentActor actor;

	NewChildPage(ChildRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping
	String form(@RequestParam(required = false) UUID sibling, Model model) {
		model.addAttribute("form", ChildForm.empty());
		model.addAttribute("sibling", sibling == null ? null : register.require(actor.get(), sibling));
		return VIEW;
	}

	@PostMapping
	String add(@ModelAttribute("form") ChildForm form, @RequestParam(required = false) UUID sibling, Model model) {
		// a new brother or sister joins the household: a change to it, which a record grant never allows
		Child siblingRecord = sibling == null ? null
				: register.requireToChange(actor.get(), sibling, "adding a brother or sister");
		model.addAttribute("sibling", siblingRecord);
		FormErrors errors = new FormErrors();
		ChildDetails details = form.toDetails(register.today(), errors);
		if (errors.isEmpty()) {
			register.checkIdentifiersFree(actor.get(), details, null)
				.problems()
				.forEach(p -> errors.reject(p.field(), p.message()));
		}
		if (errors.any()) {
			model.addAttribute("errors", errors);
			return VIEW;
		}
		if (!"yes".equals(form.notDuplicate())) {
			List<Children.Match> matches = register.possibleDuplicates(actor.get(), details);
			if (!matches.isEmpty()) {
				model.addAttribute("matches", matches.stream().filter(Children.Match::visible).toList());
				model.addAttribute("hiddenMatches", matches.stream().filter(m -> !m.visible()).count());
				return VIEW;
			}
		}
		try {
			UUID id = register.create(actor.get(), details,
					siblingRecord == null || siblingRecord.household() == null ? null : siblingRecord.household().id());
			return "redirect:/children/" + id + "?added";
		}
		catch (InvalidInput ex) {
			ex.problems().forEach(p -> errors.reject(p.field(), p.message()));
			model.addAttribute("errors", errors);
			return VIEW;
		}
	}
}
