package org.seen.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.AccountRegistry;
import org.seen.access.AccountRegistry.NewAccount;
import org.seen.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A person changes their own password, and only with the one they have now. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class YourPasswordTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	private String newAccount() {
		String username = "own." + UUID.randomUUID().toString().substring(0, 8);
		registry.create(new NewAccount(username, "Own Password", Role.ANALYST, null, null, "first password 1", false));
		return username;
	}

	private String storedHash(String username) {
		return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
	}

	@Test
	void the_new_password_works_and_the_audit_says_so_without_the_password() throws Exception {
		String username = newAccount();
		mvc.perform(post("/account/password").with(user(accounts.loadUserByUsername(username))).with(csrf())
			.param("currentPassword", "first password 1")
			.param("newPassword", "a better passphrase")
			.param("confirmPassword", "a better passphrase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Password changed")));
		assertThat(passwords.matches("a better passphrase", storedHash(username))).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and detail = 'own password changed'")
			.param(username)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where detail like '%better passphrase%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void a_wrong_current_password_a_short_one_or_a_mismatch_changes_nothing() throws Exception {
		String username = newAccount();
		String before = storedHash(username);
		mvc.perform(post("/account/password").with(user(accounts.loadUserByUsername(username))).with(csrf())
			.param("currentPassword", "not my password")
			.param("newPassword", "short")
			.param("confirmPassword", "other"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Your current password is not correct")))
			.andExpect(content().string(containsString("at least 12 characters")));
		mvc.perform(post("/account/password").with(user(accounts.loadUserByUsername(username))).with(csrf())
			.param("currentPassword", "first password 1")
			.param("newPassword", "a better passphrase")
			.param("confirmPassword", "a different passphrase"))
			.andExpect(content().string(containsString("The passwords do not match")));
		assertThat(storedHash(username)).isEqualTo(before);
	}
}
