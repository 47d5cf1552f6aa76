package org.seen.notifications;

import java.util.Set;
import java.util.UUID;

/**
 * An application event asking for practitioners to be told something: published by any module
 * (a referral decided, an escalation raised or moved up, a review overdue), delivered to each
 * recipient's inbox and, when SMTP is configured, by email.
 * <p>
 * {@code subject} and {@code body} go into the email as written, so they must hold no personal
 * data: no names, dates of birth or addresses; say what kind of thing happened ("A referral you
 * made has a decision"). The inbox shows the child's name beside them from {@code childId}, and
 * {@code link} (a path in Seen, such as {@code /referrals/…}) opens the record behind its checks.
 */
public record Notice(Set<UUID> practitionerIds, String subject, String body, String link, UUID childId) {

	public Notice {
		practitionerIds = Set.copyOf(practitionerIds);
		if (subject == null || subject.isBlank() || link == null || !link.startsWith("/")) {
			throw new IllegalArgumentException("A notice needs a subject and a link within Seen");
		}
	}
}
