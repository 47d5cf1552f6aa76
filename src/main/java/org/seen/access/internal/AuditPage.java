package org.seen.access.internal;

import java.util.Arrays;
import java.util.List;

import org.seen.access.AuditAction;
import org.seen.access.AuditChain;
import org.seen.access.AuditEntry;
import org.seen.access.AuditTrail;
import org.seen.access.ChainVerification;
import org.seen.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The auditor's view of the trail: recent entries, filtered and paged back in time, and a button
 * that proves the hash chain. Searching the trail and checking the chain are audited too.
 */
@Controller
class AuditPage {

	static final String VIEW = "access/audit";

	private final AuditTrail audit;

	private final AuditChain chain;

	private final CurrentActor currentActor;

	AuditPage(AuditTrail audit, AuditChain chain, CurrentActor currentActor) {
		this.audit = audit;
		this.chain = chain;
		this.currentActor = currentActor;
	}

	@GetMapping("/audit")
	String show(@ModelAttribute("filter") AuditFilter filter, Model model) {
		AuditFilter.Parsed parsed = filter.parse();
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
		List<AuditEntry> entries = List.of();
		if (parsed.errors().isEmpty()) {
			entries = audit.search(parsed.search());
			audit.record(currentActor.get(), AuditAction.SEARCH, "AUDIT_TRAIL", null, parsed.search().childId(),
					null);
		}
		model.addAttribute("entries", entries);
		model.addAttribute("filterQuery", filter.query());
		model.addAttribute("olderThan",
				entries.size() == AuditFilter.PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
		model.addAttribute("paged", filter.getBefore() != null);
		return VIEW;
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		ChainVerification verification = chain.verify();
		audit.record(currentActor.get(), AuditAction.VIEW, "AUDIT_CHAIN", null, null,
				verification.intact() ? "intact" : "broken at " + verification.firstBroken().get().seq());
		model.addAttribute("verification", verification);
		AuditFilter filter = new AuditFilter();
		model.addAttribute("filter", filter);
		return show(filter, model);
	}
}
