package org.seen.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.TestChildren;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/** Notices reach the inbox and, through a real local SMTP server, the practitioner's email. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationsTest {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoActors actors;

	TestChildren children;

	@org.junit.jupiter.api.BeforeEach
	void children() {
		children = new TestChildren(jdbc);
	}

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void a_notice_reaches_the_inbox_and_an_email_without_personal_details() throws Exception {
		TestChildren.Child child = children.create("Elowen");
		UUID healthVisitor = actors.actor("health.visitor").practitionerId();
		children.involve(child, "health.visitor", "INVOLVED");
		publish(new Notice(Set.of(healthVisitor), "A referral you made has a decision",
				"The front door has recorded its decision.", "/children/" + child.id(), child.id()));

		// the demo's own first notices may have been emailed too: this one went to the health visitor
		waitFor(() -> emailsAbout("A referral you made has a decision", "health.visitor@northbrook.example").length == 1);
		MimeMessage email = emailsAbout("A referral you made has a decision", "health.visitor@northbrook.example")[0];
		String text = GreenMailUtil.getBody(email);
		assertThat(email.getSubject()).isEqualTo("Seen: A referral you made has a decision");
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo("health.visitor@northbrook.example");
		assertThat(text).contains("/inbox").doesNotContain("Elowen").doesNotContain("Testchild");
		waitFor(() -> delivered(child.id()) == 1);

		mvc.perform(get("/inbox").with(user(accounts.loadUserByUsername("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A referral you made has a decision")))
			.andExpect(content().string(containsString("Elowen Testchild")));
	}

	@Test
	void the_inbox_names_a_child_only_to_someone_who_may_still_see_them() throws Exception {
		TestChildren.Child child = children.create("Tamsin");
		UUID teacher = actors.actor("teacher").practitionerId();
		publish(new Notice(Set.of(teacher), "An escalation has moved up", null, "/children/" + child.id(), child.id()));
		waitFor(() -> delivered(child.id()) == 1);
		mvc.perform(get("/inbox").with(user(accounts.loadUserByUsername("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An escalation has moved up")))
			.andExpect(content().string(not(containsString("Tamsin"))))
			.andExpect(content().string(containsString("A child you no longer work with")));
	}

	@Test
	void opening_a_notice_marks_it_read_and_nobody_else_can_open_it() throws Exception {
		TestChildren.Child child = children.create("Isla");
		UUID policeOfficer = actors.actor("police.officer").practitionerId();
		publish(new Notice(Set.of(policeOfficer), "A review is overdue", null, "/children/" + child.id(), child.id()));
		waitFor(() -> delivered(child.id()) == 1);
		UUID notice = jdbc.sql("select id from notice where child_id = ?").param(child.id()).query(UUID.class).single();

		mvc.perform(get("/inbox/{id}", notice).with(user(accounts.loadUserByUsername("teacher"))))
			.andExpect(status().isNotFound());
		assertThat(read(notice)).isFalse();
		mvc.perform(get("/inbox/{id}", notice).with(user(accounts.loadUserByUsername("police.officer"))))
			.andExpect(redirectedUrl("/children/" + child.id()));
		assertThat(read(notice)).isTrue();
	}

	@Test
	void mark_all_read_clears_the_unread_count() throws Exception {
		UUID hv2 = jdbc.sql("select practitioner_id from account where username = 'manager'").query(UUID.class).single();
		publish(new Notice(Set.of(hv2), "A plan is drifting", null, "/worklist", null));
		waitFor(() -> jdbc.sql("select count(*) from notice where practitioner_id = ? and subject = 'A plan is drifting'")
			.param(hv2).query(Integer.class).single() > 0);
		mvc.perform(post("/inbox/read").with(user(accounts.loadUserByUsername("manager"))).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));
		assertThat(jdbc.sql("select count(*) from notice where practitioner_id = ? and read_at is null")
			.param(hv2).query(Integer.class).single()).isZero();
	}

	@Test
	void a_notice_needs_a_subject_and_a_link_within_seen() {
		assertThatThrownBy(() -> new Notice(Set.of(), " ", null, "/x", null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Notice(Set.of(), "Subject", null, "https://elsewhere.example/", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private void publish(Notice notice) {
		transaction.executeWithoutResult(status -> events.publishEvent(notice));
	}

	/** Delivery runs after the publisher's commit, on another thread. */
	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long until = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("The notice was not delivered within 30 seconds");
			}
			Thread.sleep(50);
		}
	}

	private int delivered(UUID childId) {
		return jdbc.sql("select count(*) from notice where child_id = ?").param(childId).query(Integer.class).single();
	}

	private MimeMessage[] emailsAbout(String subject, String to) {
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().equals("Seen: " + subject) && m.getAllRecipients()[0].toString().equals(to);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

	private boolean read(UUID notice) {
		return jdbc.sql("select read_at is not null from notice where id = ?").param(notice).query(Boolean.class).single();
	}
}
