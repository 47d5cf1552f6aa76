package org.seen.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** One address guessing passwords across many accounts is refused, whichever account it tries next. */
@SpringBootTest(properties = "seen.sign-in.max-failures-per-address=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInThrottleTest {

	@Autowired
	MockMvc mvc;

	private String signIn(String address, String username, String password) throws Exception {
		return mvc.perform(post("/sign-in").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void an_address_that_fails_too_often_is_refused_even_with_a_right_password() throws Exception {
		String spraying = "198.51.100.23";
		assertThat(signIn(spraying, "teacher", "password1")).isEqualTo("/sign-in?error");
		assertThat(signIn(spraying, "school.dsl", "password1")).isEqualTo("/sign-in?error");
		assertThat(signIn(spraying, "manager", "password1")).isEqualTo("/sign-in?error");
		assertThat(signIn(spraying, "health.visitor", "demo")).isEqualTo("/sign-in?throttled");

		// another address is not affected
		assertThat(signIn("198.51.100.99", "health.visitor", "demo")).isEqualTo("/");
		mvc.perform(get("/sign-in?throttled"))
			.andExpect(content().string(Matchers.containsString("too many failed attempts to sign in from this computer")));
	}
}
