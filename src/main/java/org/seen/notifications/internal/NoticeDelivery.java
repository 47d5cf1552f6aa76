package org.seen.notifications.internal;

import java.util.Map;

import org.seen.agencies.PractitionerDirectory;
import org.seen.notifications.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each {@link Notice} once its publisher's transaction has committed: to every
 * recipient's inbox and, when SMTP is configured ({@code spring.mail.host}), by email. Spring
 * Modulith keeps the event in PostgreSQL until this has run, so a notice survives a crash; an
 * email that cannot be sent is noted and the inbox still holds the notice.
 */
@Component
class NoticeDelivery {

	private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

	private final Inbox inbox;

	private final PractitionerDirectory practitioners;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final String baseUrl;

	NoticeDelivery(Inbox inbox, PractitionerDirectory practitioners, ObjectProvider<JavaMailSender> mail,
			@Value("${seen.notifications.from:seen@localhost}") String from,
			@Value("${seen.base-url:http://localhost:8080}") String baseUrl) {
		this.inbox = inbox;
		this.practitioners = practitioners;
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void toInbox(Notice notice) {
		inbox.deliver(notice);
	}

	/**
	 * Emails apart from the inbox, as a listener of its own: a failure here never undoes the inbox,
	 * and a retry of the inbox never sends an email twice. A failed email is logged and not retried,
	 * since the inbox holds the notice.
	 */
	@ApplicationModuleListener
	void byEmail(Notice notice) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		practitioners.emails(notice.practitionerIds()).forEach((practitioner, address) -> {
			try {
				sender.send(email(notice, address));
			}
			catch (MailException ex) {
				// ids only: the address is personal data
				log.warn("A notice could not be emailed to practitioner {}: {}", practitioner,
						ex.getClass().getSimpleName());
			}
		});
	}

	/** Only what kind of thing happened and a link: the child's name stays behind the sign-in. */
	SimpleMailMessage email(Notice notice, String address) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject("Seen: " + notice.subject());
		message.setText((notice.body() == null ? "" : notice.body() + "\n\n") + "Sign in to Seen to read it in your inbox:\n"
				+ baseUrl + "/inbox\n\nThis email holds no personal details on purpose. Do not reply to it.\n");
		return message;
	}
}
