package org.seen.family.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.seen.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in with a one-time code, and asking for a new code by email. */
@Controller
class FamilySignInPage {

	static final String SIGN_IN = "family/sign-in";

	static final String EMAIL = "family/email-code";

	private final FamilySignIn signIn;

	private final FamilySessions sessions;

	private final FamilyMail mail;

	private final String lockout;

	FamilySignInPage(FamilySignIn signIn, FamilySessions sessions, FamilyMail mail,
			@Value("${seen.family.sign-in.lockout}") java.time.Duration lockout) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.mail = mail;
		this.lockout = FamilyText.duration(lockout);
	}

	@GetMapping("/family/sign-in")
	String page(Model model) {
		return page(model, "", new FormErrors());
	}

	@PostMapping("/family/sign-in")
	String signIn(@RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		if (who.isBlank()) {
			errors.reject("who", "Enter your email address or family reference");
		}
		if (code.isBlank()) {
			errors.reject("code", "Enter your code");
		}
		if (errors.any()) {
			return page(model, who, errors);
		}
		FamilySignIn.Outcome outcome = signIn.signIn(who, code, request.getRemoteAddr());
		if (outcome instanceof FamilySignIn.SignedIn signedIn) {
			sessions.signIn(request, response, signedIn.principal());
			return "redirect:/family";
		}
		if (outcome instanceof FamilySignIn.Locked) {
			return page(model, who, errors.reject("code", "You have tried too many codes. Wait " + lockout + ", then try again"));
		}
		if (outcome instanceof FamilySignIn.Throttled) {
			return page(model, who, errors.reject("code",
					"There have been too many attempts to sign in from here. Wait " + lockout + ", then try again"));
		}
		return page(model, who, errors.reject("code",
				"The code is not right, or it has been used or is out of date. Check it, or ask for a new code"));
	}

	@GetMapping("/family/sign-in/email")
	String emailForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", new FormErrors());
		model.addAttribute("emailAvailable", mail.available());
		return EMAIL;
	}

	@PostMapping("/family/sign-in/email")
	String emailCode(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		FormErrors errors = new FormErrors();
		if (email.isBlank()) {
			errors.reject("email", "Enter your email address");
		}
		else if (!email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.reject("email", "Enter an email address in the correct format, like name@example.com");
		}
		if (errors.any()) {
			model.addAttribute("email", email);
			model.addAttribute("errors", errors);
			model.addAttribute("emailAvailable", mail.available());
			return EMAIL;
		}
		signIn.emailCode(email.trim(), request.getRemoteAddr());
		return "redirect:/family/sign-in?sent";
	}

	private String page(Model model, String who, FormErrors errors) {
		model.addAttribute("who", who);
		model.addAttribute("errors", errors.inOrder("who", "code"));
		model.addAttribute("emailAvailable", mail.available());
		return SIGN_IN;
	}
}
