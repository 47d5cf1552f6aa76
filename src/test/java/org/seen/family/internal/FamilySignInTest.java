package org.seen.family.internal;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** One-time codes: single use, expiry, lockout after wrong codes, hashes only, and every attempt audited. */
class FamilySignInTest extends FamilyTestBase {

	@org.springframework.beans.factory.annotation.Autowired
	DemoCode demoCode;

	private MvcResult attempt(String who, String code) throws Exception {
		return mvc.perform(post("/family/sign-in").param("who", who).param("code", code).with(csrf())).andReturn();
	}

	@Test
	void a_printed_code_signs_in_once_and_never_again() throws Exception {
		var household = households().create("health.visitor");
		var invited = inviteMother(household, "health.visitor");

		Cookie session = signedIn(invited);
		assertThat(mvc.perform(get("/family").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		MvcResult again = attempt(invited.member().reference(), invited.code());
		assertThat(again.getResponse().getStatus()).as("the form again, not a redirect").isEqualTo(200);
		assertThat(again.getResponse().getContentAsString()).contains("The code is not right, or it has been used");
	}

	@Test
	void a_code_is_accepted_in_lower_case_and_without_its_hyphen() throws Exception {
		var invited = inviteMother(households().create("health.visitor"), "health.visitor");
		signIn(invited.member().reference().toLowerCase(), invited.code().replace("-", "").toLowerCase());
	}

	@Test
	void a_printed_code_works_for_14_days_and_not_a_day_more() throws Exception {
		var first = inviteMother(households().create("health.visitor"), "health.visitor");
		var second = inviteMother(households().create("health.visitor"), "health.visitor");
		clock.advance(Duration.ofDays(13).plusHours(23));
		signedIn(first);
		clock.advance(Duration.ofHours(2));
		assertThat(attempt(second.member().reference(), second.code()).getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void an_emailed_code_works_for_15_minutes_only() throws Exception {
		var household = households().create("health.visitor");
		var invited = invitations.invite(actor("health.visitor"), household.older(), new Invitation(household.mother(),
				false, "morwenna.expiry@example.com", Delivery.EMAIL, List.of(household.older())));
		String code = FamilyEmailTest.codeIn(FamilyEmailTest.lastEmailTo("morwenna.expiry@example.com"));
		clock.advance(Duration.ofMinutes(16));
		assertThat(attempt("morwenna.expiry@example.com", code).getResponse().getRedirectedUrl()).isNull();
		assertThat(invited.code()).as("an emailed code is never shown on screen").isNull();
	}

	@Test
	void five_wrong_codes_lock_the_family_member_for_15_minutes_even_against_the_right_code() throws Exception {
		var invited = inviteMother(households().create("health.visitor"), "health.visitor");
		String reference = invited.member().reference();
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(reference, "ABCDE-FGHJK").getResponse().getContentAsString()).contains("The code is not right");
		}
		assertThat(attempt(reference, "ABCDE-FGHJK").getResponse().getContentAsString()).contains("You have tried too many codes");
		assertThat(attempt(reference, invited.code()).getResponse().getContentAsString())
			.as("the right code is refused while locked")
			.contains("You have tried too many codes. Wait 15 minutes");

		clock.advance(Duration.ofMinutes(16));
		signedIn(invited);
	}

	@Test
	void codes_are_stored_only_as_a_salted_hash() {
		var invited = inviteMother(households().create("health.visitor"), "health.visitor");
		List<String> stored = jdbc.sql("select code_hash from family_code where family_member_id = ?")
			.param(invited.member().id())
			.query(String.class)
			.list();
		String plain = invited.code().replace("-", "");
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0)).startsWith("{bcrypt}").doesNotContain(plain).doesNotContain(invited.code());
		assertThat(count("select count(*) from family_code where code_hash like ?", "%" + plain + "%")).isZero();
	}

	@Test
	void a_new_code_withdraws_the_one_given_before() throws Exception {
		var household = households().create("health.visitor");
		var first = inviteMother(household, "health.visitor");
		var second = invitations.newCode(actor("health.visitor"), household.older(), first.member().id(), Delivery.PRINTED);
		assertThat(attempt(first.member().reference(), first.code()).getResponse().getRedirectedUrl()).isNull();
		signIn(first.member().reference(), second.code());
	}

	@Test
	void every_attempt_is_audited_with_the_family_reference_and_never_the_code() throws Exception {
		var invited = inviteMother(households().create("health.visitor"), "health.visitor");
		String username = "family:" + invited.member().reference();
		attempt(invited.member().reference(), "ABCDE-FGHJK");
		signedIn(invited);
		assertThat(count("select count(*) from audit_entry where username = ? and action = 'SIGN_IN_FAILED'", username)).isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where username = ? and action = 'SIGN_IN'", username)).isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where detail like ?", "%" + invited.code() + "%")).isZero();

		attempt("FAM-ZZZZZZ", "ABCDE-FGHJK");
		assertThat(count("select count(*) from audit_entry where username = 'family:unknown' and action = 'SIGN_IN_FAILED'"))
			.isPositive();
	}

	@Test
	void an_empty_form_names_both_fields() throws Exception {
		String page = attempt("", "").getResponse().getContentAsString();
		assertThat(page).contains("Enter your email address or family reference", "Enter your code", "govuk-error-summary");
	}

	@Test
	void signing_in_gives_a_new_session_id() throws Exception {
		var invited = inviteMother(households().create("health.visitor"), "health.visitor");
		Cookie before = mvc.perform(get("/family/sign-in")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult result = mvc.perform(post("/family/sign-in").cookie(before)
			.param("who", invited.member().reference())
			.param("code", invited.code())
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/family");
		assertThat(result.getResponse().getCookie("SESSION").getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void the_demo_familys_code_works_again_and_again_in_the_demo_only() throws Exception {
		// other tests move the clock on past its 14 days: each start of the demo renews it
		demoCode.run(null);
		signIn(DemoCode.REFERENCE, FamilyCodes.display(FamilySignIn.DEMO_CODE));
		signIn(DemoCode.REFERENCE, FamilyCodes.display(FamilySignIn.DEMO_CODE));
		assertThat(count("select count(*) from family_member where reference = ? and demo", DemoCode.REFERENCE)).isEqualTo(1);
	}
}
