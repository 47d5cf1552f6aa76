package org.seen.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.web.FormErrors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anyone signed in changes their own password, for example after an administrator has set one
 * for them. The current password is asked for, so that a session left open cannot be taken over.
 */
@Controller
class YourPasswordPage {

	static final String VIEW = "access/your-password";

	private final CurrentActor actor;

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final PasswordEncoder passwords;

	YourPasswordPage(CurrentActor actor, Accounts accounts, AccountAdministration administration,
			PasswordEncoder passwords) {
		this.actor = actor;
		this.accounts = accounts;
		this.administration = administration;
		this.passwords = passwords;
	}

	@GetMapping("/account/password")
	String form() {
		return VIEW;
	}

	@PostMapping("/account/password")
	String change(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			HttpServletRequest request, Model model) {
		Actor self = actor.get();
		String stored = accounts.byUsername(self.username()).map(SeenUser::getPassword).orElse("");
		FormErrors errors = new FormErrors();
		if (currentPassword == null || currentPassword.isEmpty()) {
			errors.reject("currentPassword", "Enter your current password");
		}
		else if (stored.isEmpty() || !passwords.matches(currentPassword, stored)) {
			errors.reject("currentPassword", "Your current password is not correct");
		}
		AccountRules.checkPassword(errors, "newPassword", newPassword);
		if (!errors.has("newPassword") && newPassword.equals(currentPassword)) {
			errors.reject("newPassword", "The new password must be different from your current password");
		}
		if (!errors.has("newPassword") && !newPassword.equals(confirmPassword)) {
			errors.reject("confirmPassword", "The passwords do not match");
		}
		if (errors.any()) {
			model.addAttribute("errors", errors);
			return VIEW;
		}
		HttpSession session = request.getSession(false);
		administration.changeOwnPassword(self, newPassword, session == null ? null : session.getId());
		model.addAttribute("changed", true);
		return VIEW;
	}
}
