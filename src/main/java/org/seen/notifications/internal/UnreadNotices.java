package org.seen.notifications.internal;

import org.seen.access.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of unread notices, for the navigation's "Inbox" link on every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadNotices {

	private final Inbox inbox;

	private final CurrentActor current;

	UnreadNotices(Inbox inbox, CurrentActor current) {
		this.inbox = inbox;
		this.current = current;
	}

	@ModelAttribute("unreadNotices")
	int unreadNotices() {
		return current.find()
			.filter(actor -> actor.practitionerId() != null)
			.map(actor -> inbox.unread(actor.practitionerId()))
			.orElse(0);
	}
}
