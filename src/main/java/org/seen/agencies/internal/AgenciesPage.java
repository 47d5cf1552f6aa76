package org.seen.agencies.internal;

import java.util.UUID;

import org.seen.web.FormErrors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The administrator's list of agencies, and adding one. */
@Controller
class AgenciesPage {

	static final String LIST = "agencies/agencies";

	static final String NEW = "agencies/new-agency";

	private final AgencyAdministration agencies;

	AgenciesPage(AgencyAdministration agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/admin/agencies")
	String list(Model model) {
		model.addAttribute("agencies", agencies.agencies());
		return LIST;
	}

	@GetMapping("/admin/agencies/new")
	String form(Model model) {
		return show(AgencyForm.empty(), null, model);
	}

	@PostMapping("/admin/agencies/new")
	String add(@ModelAttribute("form") AgencyForm form, Model model) {
		FormErrors errors = form.check();
		String code = form.normalisedCode();
		if (errors.isEmpty() && agencies.codeTaken(code)) {
			errors.reject("code", duplicate(code));
		}
		if (errors.any()) {
			return show(form, errors, model);
		}
		try {
			UUID id = agencies.addAgency(code, form.trimmedName(), AgencyKind.parse(form.kind()).orElseThrow());
			return "redirect:/admin/agencies/" + id + "?added";
		}
		catch (DuplicateKeyException ex) {
			// added by someone else between the check and the insert
			return show(form, errors.reject("code", duplicate(code)), model);
		}
	}

	private String show(AgencyForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", AgencyKind.values());
		return NEW;
	}

	private static String duplicate(String code) {
		return "An agency with the code " + code + " already exists: choose another code";
	}
}
