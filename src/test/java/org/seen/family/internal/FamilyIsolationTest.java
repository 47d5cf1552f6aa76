package org.seen.family.internal;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.seen.family.TestFamilyPlans;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A family member sees only their own children's plans, and the family's sign-in and the
 * practitioners' never open each other's pages: tested with real sessions, as a browser has them.
 */
class FamilyIsolationTest extends FamilyTestBase {

	private MvcResult open(Cookie session, String path) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).cookie(session))
			.andReturn();
	}

	private int status(Cookie session, String path) throws Exception {
		return open(session, path).getResponse().getStatus();
	}

	@Test
	void a_family_member_never_sees_another_familys_child_and_each_try_is_audited_as_denied() throws Exception {
		var ours = households().create("health.visitor");
		var theirs = households().create("health.visitor");
		TestFamilyPlans.giveAPlanTo(jdbc, theirs.older());
		Cookie us = signedIn(inviteMother(ours, "health.visitor"));
		Cookie them = signedIn(inviteMother(theirs, "health.visitor"));

		assertThat(status(us, "/family/children/" + ours.older())).isEqualTo(200);
		for (UUID other : List.of(theirs.older(), theirs.younger(), UUID.randomUUID())) {
			assertThat(status(us, "/family/children/" + other)).as("another family's child by page").isEqualTo(404);
			assertThat(status(us, "/family/children/" + other + "/feedback")).isEqualTo(404);
			assertThat(mvc.perform(post("/family/children/" + other + "/feedback").cookie(us)
				.param("helpfulness", "1")
				.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
			assertThat(status(us, "/api/v1/children/" + other)).as("and by the API").isEqualTo(401);
			assertThat(status(us, "/api/v1/children/" + other + "/family-members")).isEqualTo(401);
		}
		assertThat(count("select count(*) from family_feedback where child_id in (?, ?)", theirs.older(), theirs.younger()))
			.isZero();
		String reference = jdbc.sql("select reference from family_member where adult_id = ?")
			.param(ours.mother())
			.query(String.class)
			.single();
		assertThat(count("select count(*) from audit_entry where username = ? and action = 'DENIED' and child_id = ?",
				"family:" + reference, theirs.older())).isGreaterThanOrEqualTo(3);

		String home = open(us, "/family").getResponse().getContentAsString();
		assertThat(home).contains(ours.older().toString(), ours.younger().toString())
			.doesNotContain(theirs.older().toString(), theirs.younger().toString());
		assertThat(status(them, "/family/children/" + ours.younger())).isEqualTo(404);
		assertThat(status(them, "/family/children/" + theirs.older())).isEqualTo(200);
	}

	@Test
	void a_family_member_reaches_no_practitioner_page_or_api() throws Exception {
		var household = households().create("health.visitor");
		Cookie family = signedIn(inviteMother(household, "health.visitor"));
		for (String path : List.of("/", "/children/" + household.older(), "/children/" + household.older() + "/chronology",
				"/children/" + household.older() + "/family-access/new", "/worklist", "/search", "/inbox", "/admin",
				"/audit", "/insight", "/account/password")) {
			MvcResult result = open(family, path);
			assertThat(result.getResponse().getStatus()).as(path).isIn(302, 403);
			if (result.getResponse().getStatus() == 302) {
				assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/sign-in").doesNotContain("/family");
			}
		}
		for (String path : List.of("/api/v1/children/" + household.older(), "/api/v1/notices",
				"/api/v1/children/" + household.older() + "/family-members")) {
			assertThat(status(family, path)).as(path).isEqualTo(401);
		}
		assertThat(mvc.perform(post("/children/" + household.older() + "/family-access/new").cookie(family)
			.param("person", household.father().toString())
			.param("delivery", "PRINTED")
			.with(csrf())).andReturn().getResponse().getStatus()).isIn(302, 403);
		assertThat(count("select count(*) from family_member where adult_id = ?", household.father())).isZero();
	}

	@Test
	void a_practitioner_reaches_no_family_page_but_the_sign_in() throws Exception {
		var household = households().create("health.visitor");
		Cookie page = mvc.perform(get("/sign-in")).andReturn().getResponse().getCookie("SESSION");
		MvcResult signedIn = mvc.perform(post("/sign-in").cookie(page)
			.param("username", "health.visitor")
			.param("password", "demo")
			.with(csrf())).andReturn();
		Cookie practitioner = signedIn.getResponse().getCookie("SESSION");
		assertThat(status(practitioner, "/children/" + household.older())).as("signed in as a practitioner").isEqualTo(200);

		for (String path : List.of("/family", "/family/children/" + household.older(),
				"/family/children/" + household.older() + "/feedback")) {
			MvcResult result = open(practitioner, path);
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/family/sign-in");
		}
		assertThat(status(practitioner, "/family/sign-in")).isEqualTo(200);
	}

	@Test
	void ending_access_signs_the_family_member_out_at_their_next_request() throws Exception {
		var household = households().create("health.visitor");
		var invited = inviteMother(household, "health.visitor");
		Cookie family = signedIn(invited);
		assertThat(status(family, "/family/children/" + household.older())).isEqualTo(200);

		invitations.revoke(actor("health.visitor"), household.older(), invited.member().id());

		MvcResult next = open(family, "/family/children/" + household.older());
		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/family/sign-in?ended");
		assertThat(open(family, "/family").getResponse().getRedirectedUrl()).endsWith("/family/sign-in");
	}

	@Test
	void a_revoked_family_members_unused_code_no_longer_works() throws Exception {
		var household = households().create("health.visitor");
		var invited = inviteMother(household, "health.visitor");
		invitations.revoke(actor("health.visitor"), household.older(), invited.member().id());
		assertThat(mvc.perform(post("/family/sign-in").param("who", invited.member().reference())
			.param("code", invited.code())
			.with(csrf())).andReturn().getResponse().getRedirectedUrl()).isNull();
	}
}
