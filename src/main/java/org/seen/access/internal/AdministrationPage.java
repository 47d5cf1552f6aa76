package org.seen.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where an administrator starts: agencies and their people, accounts, and agency systems. */
@Controller
class AdministrationPage {

	static final String VIEW = "access/admin";

	@GetMapping("/admin")
	String show() {
		return VIEW;
	}
}
