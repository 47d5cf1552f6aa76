package org.seen.access.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.access.internal.AccountAdministration.AccountView;
import org.seen.access.internal.AccountAdministration.IssuedToken;
import org.seen.agencies.PractitionerSummary;
import org.seen.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One account: its details; disabling, enabling and unlocking it; setting a new password; and its
 * API tokens, issued (the value shown once, on the page that answers the request) and revoked.
 */
@Controller
class AccountPage {

	static final String VIEW = "access/account";

	static final String PASSWORD = "access/password";

	static final String TOKEN_ISSUED = "access/token-issued";

	private final AccountAdministration accounts;

	private final CurrentActor currentActor;

	AccountPage(AccountAdministration accounts, CurrentActor currentActor) {
		this.accounts = accounts;
		this.currentActor = currentActor;
	}

	@GetMapping("/admin/accounts/{id}")
	String show(@PathVariable String id, Model model) {
		return show(require(id), null, "", model);
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable String id, Model model) {
		AccountView account = require(id);
		Actor admin = currentActor.get();
		if (account.id().equals(admin.accountId())) {
			return show(account, new FormErrors().reject("disable",
					"You cannot disable your own account: ask another administrator"), "", model);
		}
		accounts.setEnabled(admin, account.id(), false);
		return "redirect:/admin/accounts/" + account.id() + "?disabled";
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable String id) {
		AccountView account = require(id);
		accounts.setEnabled(currentActor.get(), account.id(), true);
		return "redirect:/admin/accounts/" + account.id() + "?enabled";
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable String id) {
		AccountView account = require(id);
		accounts.unlock(currentActor.get(), account.id());
		return "redirect:/admin/accounts/" + account.id() + "?unlocked";
	}

	@GetMapping("/admin/accounts/{id}/password")
	String passwordForm(@PathVariable String id, Model model) {
		model.addAttribute("account", requirePerson(id));
		model.addAttribute("errors", null);
		return PASSWORD;
	}

	@PostMapping("/admin/accounts/{id}/password")
	String setPassword(@PathVariable String id, @RequestParam(defaultValue = "") String password, Model model) {
		AccountView account = requirePerson(id);
		FormErrors errors = new FormErrors();
		AccountRules.checkPassword(errors, "password", password);
		if (errors.any()) {
			model.addAttribute("account", account);
			model.addAttribute("errors", errors);
			return PASSWORD;
		}
		accounts.setPassword(currentActor.get(), account.id(), password);
		return "redirect:/admin/accounts/" + account.id() + "?password-set";
	}

	@PostMapping("/admin/accounts/{id}/tokens")
	String issue(@PathVariable String id, @RequestParam(defaultValue = "") String label, Model model) {
		AccountView account = require(id);
		FormErrors errors = new FormErrors();
		AccountRules.checkText(errors, "label", label, "Enter a label for the token, saying what will use it", "label");
		if (errors.any()) {
			return show(account, errors, label, model);
		}
		IssuedToken token = accounts.issue(currentActor.get(), account.id(), label.trim());
		return issued(account, token, model);
	}

	@PostMapping("/admin/accounts/{id}/tokens/{tokenId}/revoke")
	String revoke(@PathVariable String id, @PathVariable String tokenId) {
		AccountView account = require(id);
		UUID token = parse(tokenId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!accounts.revoke(currentActor.get(), account.id(), token)
				&& accounts.tokens(account.id()).stream().noneMatch(t -> t.id().equals(token))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/accounts/" + account.id() + "?revoked";
	}

	/** The page that shows a new token's value, the only time it is shown. */
	static String issued(AccountView account, IssuedToken token, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("token", token);
		return TOKEN_ISSUED;
	}

	private String show(AccountView account, FormErrors errors, String label, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("tokens", accounts.tokens(account.id()));
		model.addAttribute("errors", errors);
		model.addAttribute("label", label);
		model.addAttribute("self", account.id().equals(currentActor.get().accountId()));
		return VIEW;
	}

	private AccountView require(String id) {
		return parse(id).flatMap(accounts::account).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	// An agency system has no password and never signs in.
	private AccountView requirePerson(String id) {
		AccountView account = require(id);
		if (account.role() == org.seen.access.Role.AGENCY_SYSTEM) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return account;
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Practitioners under their agency's name, for a select that works without JavaScript. */
	static List<PractitionerGroup> byAgency(List<PractitionerSummary> practitioners) {
		Map<String, List<PractitionerSummary>> groups = new LinkedHashMap<>();
		practitioners.forEach(p -> groups.computeIfAbsent(p.agencyName(), k -> new ArrayList<>()).add(p));
		return groups.entrySet().stream().map(e -> new PractitionerGroup(e.getKey(), e.getValue())).toList();
	}

	record PractitionerGroup(String agencyName, List<PractitionerSummary> practitioners) {
	}
}
