package org.seen.people.internal;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Change a child's details. A change made on a stale copy is refused, never silently applied. */
@Controller
@RequestMapping("/children/{id}/edit")
class EditChildPage {

	static final String VIEW = "people/edit-child";

	private final ChildRegister register;

	private final CurrentActor actor;

	EditChildPage(ChildRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping
	String form(@PathVariable UUID id, Model model) {
		Child child = register.require(actor.get(), id);
		model.addAttribute("child", child);
		model.addAttribute("form", ChildForm.of(child));
		return VIEW;
	}

	@PostMapping
	String change(@PathVariable UUID id, @ModelAttribute("form") ChildForm form, Model model) {
		Child child = register.require(actor.get(), id);
		model.addAttribute("child", child);
		FormErrors errors = new FormErrors();
		ChildDetails details = form.toDetails(register.today(), errors);
		if (form.version() == null) {
			errors.reject("givenName", "The form is incomplete. Open the record again and reapply your change");
		}
		if (errors.isEmpty()) {
			try {
				register.change(actor.get(), id, form.version(), details);
				return "redirect:/children/" + id + "?changed";
			}
			catch (InvalidInput ex) {
				ex.problems().forEach(p -> errors.reject(p.field(), p.message()));
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("stale", true);
				errors.reject("givenName", "Someone else changed this child's details while you were editing. "
						+ "Your change has not been saved. Check the current details and make your change again");
				model.addAttribute("form", ChildForm.of(register.require(actor.get(), id)));
			}
		}
		model.addAttribute("errors", errors);
		return VIEW;
	}
}
