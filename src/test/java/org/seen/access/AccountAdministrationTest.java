package org.seen.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's screens for accounts and API tokens, end to end: a new practitioner gets an
 * account, signs in with the password the administrator typed, and an issued token works on the
 * API until it is revoked. Bad forms save nothing; passwords and tokens go nowhere but as hashes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AccountAdministrationTest {

	private static final Pattern TOKEN = Pattern.compile("seen_[A-Za-z0-9_-]{20,}");

	private static final String PASSWORD = "lantern-orchard-47";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(accounts.loadUserByUsername("admin")));
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private UUID accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
	}

	private UUID practitioner(String family) {
		return jdbc.sql("select id from practitioner where family_name = ?").param(family).query(UUID.class).single();
	}

	private String signIn(String username, String password) throws Exception {
		return mvc.perform(post("/sign-in").param("username", username).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private ResultActions api(String token) throws Exception {
		return mvc.perform(get("/api/v1/children").param("name", "x").header("Authorization", "Bearer " + token));
	}

	private String issueToken(UUID account, String label) throws Exception {
		String page = mvc.perform(asAdmin(post("/admin/accounts/" + account + "/tokens").param("label", label)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("API token issued")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).as("the page shows the token").isTrue();
		return token.group();
	}

	private UUID tokenId(String token) {
		return jdbc.sql("select id from api_token where token_hash = ?")
			.param(AccountRegistry.hash(token))
			.query(UUID.class)
			.single();
	}

	@Test
	void an_admin_adds_a_practitioner_and_their_account_who_signs_in_and_uses_a_token_until_it_is_revoked(
			CapturedOutput output) throws Exception {
		UUID school = jdbc.sql("select id from agency where code = 'SCH2'").query(UUID.class).single();
		mvc.perform(asAdmin(post("/admin/practitioners/new").param("agency", school.toString())
			.param("givenName", "Tamsin")
			.param("familyName", "Ormerod")
			.param("jobTitle", "Special educational needs coordinator")
			.param("version", "0"))).andExpect(status().is3xxRedirection());
		UUID practitioner = practitioner("Ormerod");

		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "t.ormerod")
			.param("displayName", "Tamsin Ormerod")
			.param("role", "PRACTITIONER")
			.param("practitioner", practitioner.toString())
			.param("password", PASSWORD))).andExpect(status().is3xxRedirection());
		UUID account = accountId("t.ormerod");
		assertThat(jdbc.sql("select role || '/' || agency_id || '/' || practitioner_id || '/' || demo from account where id = ?")
			.param(account)
			.query(String.class)
			.single()).isEqualTo("PRACTITIONER/" + school + "/" + practitioner + "/false");
		assertThat(jdbc.sql("select password_hash from account where id = ?").param(account).query(String.class).single())
			.startsWith("{bcrypt}")
			.doesNotContain(PASSWORD);

		assertThat(signIn("t.ormerod", "wrong password here")).isEqualTo("/sign-in?error");
		assertThat(signIn("t.ormerod", PASSWORD)).isEqualTo("/");

		String token = issueToken(account, "SENCo laptop");
		assertThat(count("select count(*) from api_token where account_id = ? and token_hash = ? and label = 'SENCo laptop'",
				account, AccountRegistry.hash(token))).isEqualTo(1);
		api(token).andExpect(status().isOk());
		mvc.perform(asAdmin(get("/admin/accounts/" + account)))
			.andExpect(content().string(containsString("SENCo laptop")))
			.andExpect(content().string(not(containsString(token))));

		mvc.perform(asAdmin(post("/admin/accounts/" + account + "/tokens/" + tokenId(token) + "/revoke")))
			.andExpect(redirectedUrl("/admin/accounts/" + account + "?revoked"));
		api(token).andExpect(status().isUnauthorized());

		// audited, with neither the password nor the token in the trail or the logs
		assertThat(count("select count(*) from audit_entry where username = 'admin' and record_type = 'ACCOUNT'"
				+ " and record_id = ? and action = 'CREATE'", account)).isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where username = 'admin' and record_type = 'API_TOKEN'"
				+ " and record_id = ? and action in ('CREATE', 'REMOVE')", tokenId(token))).isEqualTo(2);
		assertThat(count("select count(*) from audit_entry where detail like ? or detail like ?", "%" + PASSWORD + "%",
				"%" + token + "%")).isZero();
		assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(token);
	}

	@Test
	void an_account_form_with_blank_or_bad_fields_is_refused_and_nothing_is_saved() throws Exception {
		int before = count("select count(*) from account");
		int audited = count("select count(*) from audit_entry where record_type = 'ACCOUNT' and username = 'admin'");
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "")
			.param("displayName", "")
			.param("role", "")
			.param("password", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add an account")))
			.andExpect(content().string(containsString("Enter a username")))
			.andExpect(content().string(containsString("Enter the name to show for the account")))
			.andExpect(content().string(containsString("Select the account&#39;s role")))
			.andExpect(content().string(containsString("Enter a password")));
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "Jo Bloggs")
			.param("displayName", "Jo Bloggs")
			.param("role", "DSL")
			.param("practitioner", "")
			.param("password", "short-pass")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The username must be 2 to 64 lower-case letters")))
			.andExpect(content().string(containsString("Select the practitioner this account is for")))
			.andExpect(content().string(containsString("The password must be at least 12 characters")))
			.andExpect(content().string(not(containsString("short-pass"))));
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "teacher")
			.param("displayName", "Another teacher")
			.param("role", "ANALYST")
			.param("password", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account with that username already exists")))
			.andExpect(content().string(not(containsString(PASSWORD))));
		// the agency-system role is not for people
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "not.a.system")
			.param("displayName", "Not a system")
			.param("role", "AGENCY_SYSTEM")
			.param("password", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the account&#39;s role")));
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "too.long.password")
			.param("displayName", "Long")
			.param("role", "AUDITOR")
			.param("password", "x".repeat(73))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password must be 72 characters or fewer")));
		assertThat(count("select count(*) from account")).isEqualTo(before);
		assertThat(count("select count(*) from audit_entry where record_type = 'ACCOUNT' and username = 'admin'"))
			.isEqualTo(audited);
	}

	@Test
	void an_account_without_a_practitioner_is_made_for_roles_that_see_no_children() throws Exception {
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", "second.admin")
			.param("displayName", "Second Administrator")
			.param("role", "ADMINISTRATOR")
			.param("practitioner", "")
			.param("password", PASSWORD))).andExpect(status().is3xxRedirection());
		assertThat(signIn("second.admin", PASSWORD)).isEqualTo("/");
	}

	@Test
	void a_disabled_account_cannot_sign_in_or_use_its_token_until_enabled() throws Exception {
		createAnalyst("d.kersey");
		UUID account = accountId("d.kersey");
		String token = issueToken(account, "Reports");
		mvc.perform(asAdmin(post("/admin/accounts/" + account + "/disable")))
			.andExpect(redirectedUrl("/admin/accounts/" + account + "?disabled"));
		assertThat(signIn("d.kersey", PASSWORD)).isNotEqualTo("/");
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(asAdmin(get("/admin/accounts"))).andExpect(content().string(containsString("Disabled")));

		mvc.perform(asAdmin(post("/admin/accounts/" + account + "/enable"))).andExpect(status().is3xxRedirection());
		assertThat(signIn("d.kersey", PASSWORD)).isEqualTo("/");
		assertThat(jdbc.sql("select string_agg(detail, ',' order by seq) from audit_entry where record_id = ? and action = 'CHANGE'")
			.param(account)
			.query(String.class)
			.single()).isEqualTo("disabled,enabled");
	}

	@Test
	void an_admin_cannot_disable_their_own_account() throws Exception {
		UUID admin = accountId("admin");
		mvc.perform(asAdmin(post("/admin/accounts/" + admin + "/disable")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot disable your own account")));
		assertThat(count("select count(*) from account where id = ? and enabled", admin)).isEqualTo(1);
	}

	@Test
	void a_locked_account_is_unlocked() throws Exception {
		createAnalyst("l.pennock");
		UUID account = accountId("l.pennock");
		jdbc.sql("update account set locked_until = ?, failed_attempts = 0 where id = ?")
			.params(Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), account)
			.update();
		assertThat(signIn("l.pennock", PASSWORD)).isEqualTo("/sign-in?locked");
		mvc.perform(asAdmin(get("/admin/accounts/" + account))).andExpect(content().string(containsString("Locked")));
		mvc.perform(asAdmin(post("/admin/accounts/" + account + "/unlock"))).andExpect(status().is3xxRedirection());
		assertThat(signIn("l.pennock", PASSWORD)).isEqualTo("/");
	}

	@Test
	void a_new_password_replaces_the_old_and_a_short_one_changes_nothing() throws Exception {
		createAnalyst("p.gillow");
		UUID account = accountId("p.gillow");
		String hash = jdbc.sql("select password_hash from account where id = ?").param(account).query(String.class).single();
		mvc.perform(asAdmin(post("/admin/accounts/" + account + "/password").param("password", "too-short")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password must be at least 12 characters")));
		assertThat(jdbc.sql("select password_hash from account where id = ?").param(account).query(String.class).single())
			.isEqualTo(hash);

		mvc.perform(asAdmin(post("/admin/accounts/" + account + "/password").param("password", "quiet-harbour-2031")))
			.andExpect(redirectedUrl("/admin/accounts/" + account + "?password-set"));
		assertThat(signIn("p.gillow", PASSWORD)).isEqualTo("/sign-in?error");
		assertThat(signIn("p.gillow", "quiet-harbour-2031")).isEqualTo("/");
		assertThat(count("select count(*) from audit_entry where record_id = ? and detail = 'password set'", account))
			.isEqualTo(1);
	}

	@Test
	void an_agency_system_is_connected_with_a_token_shown_once() throws Exception {
		UUID gp = jdbc.sql("select id from agency where code = 'GP'").query(UUID.class).single();
		int practitioners = count("select count(*) from practitioner");
		mvc.perform(asAdmin(post("/admin/systems/new").param("agency", "")
			.param("systemName", "")
			.param("username", "teacher")
			.param("label", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the agency whose system it is")))
			.andExpect(content().string(containsString("Enter the system&#39;s name")))
			.andExpect(content().string(containsString("An account with that username already exists")))
			.andExpect(content().string(containsString("Enter a label for the token")));
		assertThat(count("select count(*) from practitioner")).isEqualTo(practitioners);

		String page = mvc.perform(asAdmin(post("/admin/systems/new").param("agency", gp.toString())
			.param("systemName", "Millbank Surgery clinical system")
			.param("username", "system.millbank")
			.param("label", "Live")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("API token issued")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		UUID account = accountId("system.millbank");
		assertThat(jdbc.sql("""
				select a.role || '/' || a.agency_id || '/' || p.agency_id || '/' || (a.password_hash is null)
				from account a join practitioner p on p.id = a.practitioner_id where a.id = ?""")
			.param(account)
			.query(String.class)
			.single()).isEqualTo("AGENCY_SYSTEM/" + gp + "/" + gp + "/true");
		api(token.group()).andExpect(status().isOk());
		assertThat(signIn("system.millbank", "")).isEqualTo("/sign-in?error");
		mvc.perform(asAdmin(get("/admin/accounts/" + account + "/password"))).andExpect(status().isNotFound());
	}

	@Test
	void demo_accounts_and_tokens_are_marked_as_demo() throws Exception {
		mvc.perform(asAdmin(get("/admin/accounts")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Demo<")));
		mvc.perform(asAdmin(get("/admin/accounts/" + accountId("teacher"))))
			.andExpect(content().string(containsString("A demo account")))
			.andExpect(content().string(containsString("Demo token")));
	}

	private void createAnalyst(String username) throws Exception {
		mvc.perform(asAdmin(post("/admin/accounts/new").param("username", username)
			.param("displayName", "Analyst " + username)
			.param("role", "ANALYST")
			.param("password", PASSWORD))).andExpect(status().is3xxRedirection());
	}
}
