package org.seen.access.internal;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.seen.access.AccountRegistry;
import org.seen.access.AccountRegistry.NewAccount;
import org.seen.access.MutableClock;
import org.seen.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, lockout, sessions, CSRF and security headers, against the real filter chain and database. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInAndSessionTest {

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcClient jdbc;

	/** An account of the test's own, so that locking it out affects no other test. */
	private String newAccount() {
		String username = "signin." + UUID.randomUUID().toString().substring(0, 8);
		registry.create(new NewAccount(username, "Test Practitioner", Role.ANALYST, null, null, "correct horse", false));
		return username;
	}

	private MvcResult signIn(String username, String password, Cookie... cookies) throws Exception {
		var request = post("/sign-in").param("username", username).param("password", password).with(csrf());
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request).andReturn();
	}

	@Test
	void five_failures_lock_the_account_and_the_page_says_so_until_the_lockout_ends() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(username, "wrong").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		}
		assertThat(signIn(username, "wrong").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?locked");

		// even the right password is refused while locked
		assertThat(signIn(username, "correct horse").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?locked");
		mvc.perform(get("/sign-in?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"This account is locked for 15 minutes after 5 failed attempts to sign in")));

		clock.advance(Duration.ofMinutes(16));
		assertThat(signIn(username, "correct horse").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void a_successful_sign_in_clears_the_count_of_failures() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 4; i++) {
			signIn(username, "wrong");
		}
		assertThat(signIn(username, "correct horse").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(signIn(username, "wrong").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
	}

	@Test
	void signing_in_gives_a_new_session_id_and_sessions_idle_out_after_30_minutes() throws Exception {
		String username = newAccount();
		MvcResult page = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn();
		Cookie before = page.getResponse().getCookie("SESSION");
		assertThat(before).as("the sign-in page starts a session for its CSRF token").isNotNull();

		MvcResult signedIn = signIn(username, "correct horse", before);
		Cookie after = signedIn.getResponse().getCookie("SESSION");

		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(before)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);
	}

	@Test
	void signing_out_ends_the_session() throws Exception {
		String username = newAccount();
		Cookie session = signIn(username, "correct horse").getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));

		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void a_session_ends_ten_hours_after_sign_in_however_active() throws Exception {
		String username = newAccount();
		Cookie session = signIn(username, "correct horse").getResponse().getCookie("SESSION");
		clock.advance(Duration.ofHours(9).plusMinutes(59));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		clock.advance(Duration.ofMinutes(2));

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in?expired"));
		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void the_absolute_timeout_filter_lets_a_young_session_through_and_ends_an_old_one() throws Exception {
		MutableClock time = new MutableClock();
		AbsoluteSessionTimeout filter = new AbsoluteSessionTimeout(time, Duration.ofHours(10));
		MockHttpSession session = new MockHttpSession();
		AbsoluteSessionTimeout.markSignedIn(session, time);

		time.advance(Duration.ofHours(10).minusSeconds(1));
		MockHttpServletResponse young = run(filter, session);
		assertThat(young.getRedirectedUrl()).isNull();

		time.advance(Duration.ofSeconds(2));
		MockHttpServletResponse old = run(filter, session);
		assertThat(old.getRedirectedUrl()).isEqualTo("/sign-in?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	private static MockHttpServletResponse run(AbsoluteSessionTimeout filter, MockHttpSession session)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void forms_without_a_csrf_token_are_refused() throws Exception {
		String username = newAccount();
		mvc.perform(post("/sign-in").param("username", username).param("password", "correct horse"))
			.andExpect(status().isForbidden());
		Cookie session = signIn(username, "correct horse").getResponse().getCookie("SESSION");
		mvc.perform(post("/sign-out").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/audit/verify").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void pages_carry_a_strict_content_security_policy_and_are_not_cached() throws Exception {
		mvc.perform(get("/sign-in"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		String username = newAccount();
		Cookie session = signIn(username, "correct horse").getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(session))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
	}

	@Test
	void the_api_carries_the_same_headers() throws Exception {
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer demo-auditor"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
	}
}
