package org.seen.access.internal;

import java.util.List;

import org.seen.Deployment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

	/** Listed on the sign-in page of the demo only; each has password {@code demo}. */
	static final List<String> DEMO_ACCOUNTS = List.of("admin", "analyst", "auditor", "manager", "front.door",
			"social.worker", "school.dsl", "teacher", "health.visitor", "police.officer");

	private final Deployment deployment;

	private final Accounts accounts;

	SignInPage(Deployment deployment, Accounts accounts) {
		this.deployment = deployment;
		this.accounts = accounts;
	}

	@GetMapping("/sign-in")
	String signIn(Model model) {
		model.addAttribute("demoAccounts", deployment.isDemo() ? DEMO_ACCOUNTS : List.of());
		model.addAttribute("maxFailures", accounts.maxFailures());
		model.addAttribute("lockoutMinutes", accounts.lockout().toMinutes());
		return "access/sign-in";
	}
}
