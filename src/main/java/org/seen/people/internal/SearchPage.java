package org.seen.people.internal;

import org.seen.access.CurrentActor;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a child by name (similar spellings match), date of birth or identifier. */
@Controller
class SearchPage {

	private final ChildRegister register;

	private final CurrentActor actor;

	SearchPage(ChildRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String name, @RequestParam(required = false) String identifier,
			@RequestParam(required = false) String dateOfBirthDay, @RequestParam(required = false) String dateOfBirthMonth,
			@RequestParam(required = false) String dateOfBirthYear, Model model) {
		DateInput dob = new DateInput(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
		model.addAttribute("name", name);
		model.addAttribute("identifier", identifier);
		model.addAttribute("dob", dob);
		boolean submitted = name != null || identifier != null || !dob.isBlank();
		if (!submitted) {
			return "people/search";
		}
		FormErrors errors = new FormErrors();
		SearchCriteria criteria = new SearchCriteria(name, dob.parse("dateOfBirth", "Date of birth", errors), identifier);
		if (criteria.isEmpty() && errors.isEmpty()) {
			errors.reject("name", "Enter a name, a date of birth or an identifier to search for");
		}
		if (criteria.name() != null && criteria.name().length() < 2) {
			errors.reject("name", "Enter at least 2 letters of the name");
		}
		if (errors.any()) {
			model.addAttribute("errors", errors);
			return "people/search";
		}
		model.addAttribute("results", register.search(actor.get(), criteria));
		model.addAttribute("today", register.today());
		return "people/search";
	}
}
