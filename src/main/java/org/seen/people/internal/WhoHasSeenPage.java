package org.seen.people.internal;

import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditEntry;
import org.seen.access.AuditSearch;
import org.seen.access.AuditTrail;
import org.seen.access.BreakGlass;
import org.seen.access.ChildAccess;
import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who has seen this record": the child's audit trail, for the DSL and manager of an agency
 * working with the child and for auditors. Opening it is itself audited.
 */
@Controller
class WhoHasSeenPage {

	static final String VIEW = "people/who-has-seen";

	private final ChildAccess access;

	private final ChildRecords records;

	private final AuditTrail audit;

	private final BreakGlass breakGlass;

	private final CurrentActor currentActor;

	WhoHasSeenPage(ChildAccess access, ChildRecords records, AuditTrail audit, BreakGlass breakGlass,
			CurrentActor currentActor) {
		this.access = access;
		this.records = records;
		this.audit = audit;
		this.breakGlass = breakGlass;
		this.currentActor = currentActor;
	}

	@GetMapping("/children/{id}/audit")
	String show(@PathVariable String id, @RequestParam(required = false) Long before, Model model) {
		UUID childId = parse(id);
		Actor actor = currentActor.get();
		access.requireAuditTrail(actor, childId);
		ChildSummary child = records.summary(childId).orElseThrow(RecordNotFound::new);
		List<AuditEntry> entries = before == null ? audit.forChild(childId)
				: audit.search(AuditSearch.forChild(childId).before(before));
		model.addAttribute("child", child);
		model.addAttribute("entries", entries);
		model.addAttribute("openings", breakGlass.forChild(childId));
		model.addAttribute("paged", before != null);
		model.addAttribute("olderThan",
				entries.size() == AuditSearch.MAX_LIMIT ? entries.get(entries.size() - 1).seq() : null);
		return VIEW;
	}

	// A malformed id answers exactly as an unknown child does.
	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new RecordNotFound();
		}
	}
}
