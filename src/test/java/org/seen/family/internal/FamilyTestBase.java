package org.seen.family.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.access.MutableClock;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the family's tests share, so that they share one application context: the test plans, a
 * clock they can move, and a real local SMTP server (GreenMail) that the application sends to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableTime.class)
abstract class FamilyTestBase {

	static final GreenMail SMTP = startSmtp();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	FamilyInvitations invitations;

	@Autowired
	DemoActors actors;

	Households households() {
		return new Households(jdbc);
	}

	Actor actor(String username) {
		return actors.actor(username);
	}

	/** Invites the household's mother for both children with a printed code, as their lead would. */
	FamilyInvitations.Invited inviteMother(Households.Household household, String lead) {
		return invitations.invite(actor(lead), household.older(), new Invitation(household.mother(), false, null,
				Delivery.PRINTED, List.of(household.older(), household.younger())));
	}

	/** Signs in with the code and answers the session cookie. */
	Cookie signIn(String who, String code) throws Exception {
		MvcResult result = mvc.perform(post("/family/sign-in").param("who", who).param("code", code).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/family");
		return result.getResponse().getCookie("SESSION");
	}

	Cookie signedIn(FamilyInvitations.Invited invited) throws Exception {
		return signIn(invited.member().reference(), invited.code());
	}

	int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	static String json(String body, String path) {
		return JsonPath.read(body, path).toString();
	}

	static MediaType jsonType() {
		return MediaType.APPLICATION_JSON;
	}

	static UUID uuid(String value) {
		return UUID.fromString(value);
	}

	private static GreenMail startSmtp() {
		try (ServerSocket socket = new ServerSocket(0)) {
			int port = socket.getLocalPort();
			socket.close();
			GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			mail.start();
			return mail;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
