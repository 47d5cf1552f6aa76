package org.seen.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notices, for an agency's own system to show them: no child names, only ids and links. */
@RestController
@RequestMapping("/api/v1/notices")
class InboxApi {

	private final Inbox inbox;

	private final CurrentActor current;

	private final AuditTrail audit;

	InboxApi(Inbox inbox, CurrentActor current, AuditTrail audit) {
		this.inbox = inbox;
		this.current = current;
		this.audit = audit;
	}

	@GetMapping
	List<NoticeView> notices() {
		Actor actor = current.get();
		List<Inbox.Entry> entries = actor.practitionerId() == null ? List.of() : inbox.of(actor.practitionerId());
		audit.record(actor, AuditAction.VIEW, "INBOX", null, null, entries.size() + " notices");
		return entries.stream()
			.map(e -> new NoticeView(e.id(), e.subject(), e.body(), e.link(), e.childId(), e.createdAt(), e.readAt()))
			.toList();
	}

	record NoticeView(UUID id, String subject, String body, String link, UUID childId, Instant createdAt,
			Instant readAt) {
	}
}
