package org.seen.access.internal;

import java.util.UUID;

import org.seen.access.AccountRegistry;
import org.seen.access.CurrentActor;
import org.seen.access.Role;
import org.seen.agencies.PractitionerSummary;
import org.seen.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Every account, and adding one for a person. */
@Controller
class AccountsPage {

	static final String LIST = "access/accounts";

	static final String NEW = "access/new-account";

	static final String TAKEN = "An account with that username already exists: choose another username";

	private final AccountAdministration accounts;

	private final AccountRegistry registry;

	private final CurrentActor currentActor;

	AccountsPage(AccountAdministration accounts, AccountRegistry registry, CurrentActor currentActor) {
		this.accounts = accounts;
		this.registry = registry;
		this.currentActor = currentActor;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", accounts.accounts());
		return LIST;
	}

	@GetMapping("/admin/accounts/new")
	String form(Model model) {
		return show(AccountForm.empty(), null, model);
	}

	@PostMapping("/admin/accounts/new")
	String add(@ModelAttribute("form") AccountForm form, Model model) {
		FormErrors errors = form.check();
		String username = AccountRules.trim(form.username());
		if (!errors.has("username") && registry.findByUsername(username).isPresent()) {
			errors.reject("username", TAKEN);
		}
		PractitionerSummary practitioner = null;
		if (!errors.has("practitioner") && form.practitioner() != null && !form.practitioner().isBlank()) {
			practitioner = AccountPage.parse(form.practitioner())
				.flatMap(id -> accounts.practitionerChoices().stream().filter(p -> p.id().equals(id)).findFirst())
				.orElse(null);
			if (practitioner == null) {
				errors.reject("practitioner", "Select a practitioner from the list");
			}
		}
		if (errors.any()) {
			return show(form.withoutPassword(), errors, model);
		}
		Role role = form.chosenRole().orElseThrow();
		try {
			UUID id = accounts.create(currentActor.get(), username, form.displayName().trim(), role, practitioner,
					form.password());
			return "redirect:/admin/accounts/" + id + "?added";
		}
		catch (DuplicateKeyException ex) {
			// taken by someone else between the check and the insert
			return show(form.withoutPassword(), errors.reject("username", TAKEN), model);
		}
	}

	private String show(AccountForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.AGENCY_SYSTEM).toList());
		model.addAttribute("practitionerGroups", AccountPage.byAgency(accounts.practitionerChoices()));
		return NEW;
	}
}
