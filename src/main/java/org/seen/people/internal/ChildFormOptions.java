package org.seen.people.internal;

import org.seen.people.Sex;
import org.seen.people.Vulnerability;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the add-a-child and change-details forms offer. */
@ControllerAdvice(assignableTypes = { NewChildPage.class, EditChildPage.class })
class ChildFormOptions {

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("vulnerabilityOptions", Vulnerability.values());
	}
}
