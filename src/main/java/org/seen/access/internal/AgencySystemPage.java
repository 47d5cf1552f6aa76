package org.seen.access.internal;

import org.seen.access.AccountRegistry;
import org.seen.access.CurrentActor;
import org.seen.access.internal.AccountAdministration.IssuedToken;
import org.seen.agencies.Practitioners.AgencySummary;
import org.seen.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Connects an agency's information system (a school's MIS, a GP system): a practitioner record
 * standing for the system, an account with the agency-system role, and its first API token.
 */
@Controller
class AgencySystemPage {

	static final String VIEW = "access/new-system";

	private final AccountAdministration accounts;

	private final AccountRegistry registry;

	private final CurrentActor currentActor;

	AgencySystemPage(AccountAdministration accounts, AccountRegistry registry, CurrentActor currentActor) {
		this.accounts = accounts;
		this.registry = registry;
		this.currentActor = currentActor;
	}

	@GetMapping("/admin/systems/new")
	String form(Model model) {
		return show(AgencySystemForm.empty(), null, model);
	}

	@PostMapping("/admin/systems/new")
	String add(@ModelAttribute("form") AgencySystemForm form, Model model) {
		FormErrors errors = form.check();
		AgencySummary agency = null;
		if (!errors.has("agency")) {
			agency = AccountPage.parse(form.agency())
				.flatMap(id -> accounts.agencies().stream().filter(a -> a.id().equals(id)).findFirst())
				.orElse(null);
			if (agency == null) {
				errors.reject("agency", "Select the agency whose system it is");
			}
		}
		String username = AccountRules.trim(form.username());
		if (!errors.has("username") && registry.findByUsername(username).isPresent()) {
			errors.reject("username", AccountsPage.TAKEN);
		}
		if (errors.any()) {
			return show(form, errors, model);
		}
		try {
			IssuedToken token = accounts.createSystem(currentActor.get(), agency.id(), form.systemName().trim(),
					username, form.label().trim());
			return AccountPage.issued(accounts.account(token.accountId()).orElseThrow(), token, model);
		}
		catch (DuplicateKeyException ex) {
			return show(form, errors.reject("username", AccountsPage.TAKEN), model);
		}
	}

	private String show(AgencySystemForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("agencies", accounts.agencies());
		return VIEW;
	}
}
