package org.seen.notifications.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.access.VisibleChildren;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in practitioner's inbox. A notice names its child only while the practitioner may
 * still see that child; opening a notice marks it read and goes to the record it is about.
 */
@Controller
class InboxPage {

	static final String VIEW = "notifications/inbox";

	private final Inbox inbox;

	private final CurrentActor current;

	private final ChildAccess access;

	private final ChildRecords children;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	InboxPage(Inbox inbox, CurrentActor current, ChildAccess access, ChildRecords children, AuditTrail audit,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.current = current;
		this.access = access;
		this.children = children;
		this.audit = audit;
	}

	@GetMapping("/inbox")
	@Transactional
	String inbox(Model model) {
		Actor actor = current.get();
		List<Inbox.Entry> entries = actor.practitionerId() == null ? List.of() : inbox.of(actor.practitionerId());
		model.addAttribute("entries", entries);
		model.addAttribute("childNames", childNames(actor, entries));
		model.addAttribute("limit", Inbox.PAGE);
		audit.record(actor, AuditAction.VIEW, "INBOX", null, null, entries.size() + " notices");
		return VIEW;
	}

	@GetMapping("/inbox/{noticeId}")
	@Transactional
	String open(@PathVariable UUID noticeId) {
		Actor actor = current.get();
		if (actor.practitionerId() == null) {
			throw new RecordNotFound();
		}
		return inbox.open(actor.practitionerId(), noticeId)
			.map(entry -> "redirect:" + entry.link())
			.orElseThrow(RecordNotFound::new);
	}

	@PostMapping("/inbox/read")
	String markAllRead(RedirectAttributes redirect) {
		Actor actor = current.get();
		if (actor.practitionerId() != null) {
			inbox.markAllRead(actor.practitionerId());
		}
		redirect.addFlashAttribute("success", "All notices marked as read");
		return "redirect:/inbox";
	}

	/** The names of the notices' children that the actor may still see, found in one query. */
	private Map<UUID, String> childNames(Actor actor, List<Inbox.Entry> entries) {
		Set<UUID> ids = entries.stream().map(Inbox.Entry::childId).filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		VisibleChildren visible = access.visibleTo(actor);
		List<UUID> seen = visible
			.bind(jdbc.sql("select c.id from child c where c.id in (:ids) and " + visible.condition("c.id")))
			.param("ids", ids)
			.query(UUID.class)
			.list();
		Map<UUID, String> names = new HashMap<>();
		children.summaries(seen).forEach((id, summary) -> names.put(id, summary.name()));
		return names;
	}
}
