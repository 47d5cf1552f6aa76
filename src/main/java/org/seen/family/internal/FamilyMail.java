package org.seen.family.internal;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sends a family member their code by email, when this Seen has a mail server. The email holds
 * the code, how long it works and the sign-in link, and nothing else: no name, no child, no
 * agency, no family reference, because email is read on shared phones and forwarded.
 */
@Component
class FamilyMail {

	static final String SUBJECT = "Your code to sign in to Seen";

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final String baseUrl;

	FamilyMail(ObjectProvider<JavaMailSender> mail, @Value("${seen.notifications.from:seen@localhost}") String from,
			@Value("${seen.base-url:}") String baseUrl) {
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	boolean available() {
		return mail.getIfAvailable() != null;
	}

	void sendCode(String to, SignInCodes.Issued code, Duration validFor) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(SUBJECT);
		message.setText("""
				Your one-time code is: %s

				It works once, within %s.

				Sign in at: %s

				If you did not ask for a code, you can ignore this email. No one from Seen will ever ask you to tell them this code.
				""".formatted(code.display(), FamilyText.duration(validFor), link()));
		mail.getObject().send(message);
	}

	/** The family's sign-in page at Seen's configured address, or as the request reached this server. */
	String link() {
		if (!baseUrl.isBlank()) {
			return baseUrl + "/family/sign-in";
		}
		try {
			return ServletUriComponentsBuilder.fromCurrentContextPath().path("/family/sign-in").toUriString();
		}
		catch (IllegalStateException ex) {
			return "/family/sign-in";
		}
	}
}
