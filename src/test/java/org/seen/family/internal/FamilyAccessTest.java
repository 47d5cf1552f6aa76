package org.seen.family.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Inviting, new codes and ending access, by page and by API: who may, and every bad path refused. */
class FamilyAccessTest extends FamilyTestBase {

	@Autowired
	UserDetailsService accounts;

	private MvcResult as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername(username))).with(csrf())).andReturn();
	}

	private MvcResult api(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", "Bearer demo-" + username);
		if (body != null) {
			request.contentType(jsonType()).content(body);
		}
		return mvc.perform(request).andReturn();
	}

	private int members(UUID adult) {
		return count("select count(*) from family_member where adult_id = ?", adult);
	}

	@Test
	void the_lead_professional_invites_a_parent_and_sees_the_printed_code_once() throws Exception {
		var household = households().create("health.visitor");
		String form = as("health.visitor", get("/children/" + household.older() + "/family-access/new")).getResponse()
			.getContentAsString();
		assertThat(form).contains("Morwenna Famview (Mother)", "Tobias Famview (Father)", "Wren Famview", "Pip Famview");

		MvcResult issued = as("health.visitor", post("/children/" + household.older() + "/family-access/new")
			.param("person", household.mother().toString())
			.param("childIds", household.older().toString(), household.younger().toString())
			.param("delivery", "PRINTED"));
		String page = issued.getResponse().getContentAsString();
		assertThat(page).contains("Give them this code", "This is the only time you will see the code", "Dear Morwenna Famview");
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("id=\"code\">([A-Z2-9]{5}-[A-Z2-9]{5})<").matcher(page);
		java.util.regex.Matcher reference = java.util.regex.Pattern.compile("id=\"reference\">(FAM-[A-Z2-9]{6})<").matcher(page);
		assertThat(code.find() && reference.find()).isTrue();
		assertThat(count("select count(*) from family_member_child l join family_member m on m.id = l.family_member_id where m.adult_id = ?",
				household.mother())).isEqualTo(2);

		signIn(reference.group(1), code.group(1));
		String child = as("health.visitor", get("/children/" + household.older())).getResponse().getContentAsString();
		assertThat(child).contains("Family access", "Morwenna Famview", reference.group(1), "Last signed in", "End access");
	}

	@Test
	void an_involved_practitioner_who_is_not_the_lead_sees_who_has_access_but_may_not_change_it() throws Exception {
		var household = households().create("health.visitor", "teacher");
		inviteMother(household, "health.visitor");
		String child = as("teacher", get("/children/" + household.older())).getResponse().getContentAsString();
		assertThat(child).contains("Family access", "Morwenna Famview").doesNotContain("End access", "Invite a family member");
		assertThat(as("teacher", get("/children/" + household.older() + "/family-access/new")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(as("teacher", post("/children/" + household.older() + "/family-access/new")
			.param("person", household.father().toString())
			.param("childIds", household.older().toString())
			.param("delivery", "PRINTED")).getResponse().getStatus()).isEqualTo(403);
		assertThat(members(household.father())).isZero();
	}

	@Test
	void a_dsl_of_an_involved_agency_may_invite_and_someone_not_involved_finds_nothing() throws Exception {
		var household = households().create("health.visitor", "teacher");
		assertThat(as("school.dsl", get("/children/" + household.older() + "/family-access/new")).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(as("police.officer", get("/children/" + household.older() + "/family-access/new")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(api("police.officer", post("/api/v1/children/" + household.older() + "/family-members"),
				"{\"adultId\":\"" + household.mother() + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.older() + "\"]}")
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(members(household.mother())).isZero();
	}

	@Test
	void an_invitation_with_nothing_chosen_names_every_field_and_stores_nothing() throws Exception {
		var household = households().create("health.visitor");
		MvcResult refused = as("health.visitor", post("/children/" + household.older() + "/family-access/new")
			.param("email", "not-an-email"));
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("Select who you are inviting", "Select the children whose plans they may see",
				"Select how they will get their code", "Enter an email address in the correct format", "value=\"not-an-email\"");
		assertThat(members(household.mother()) + members(household.father())).isZero();
	}

	@Test
	void another_households_adult_or_child_is_refused() throws Exception {
		var ours = households().create("health.visitor");
		var theirs = households().create("health.visitor");
		MvcResult otherAdult = api("health.visitor", post("/api/v1/children/" + ours.older() + "/family-members"),
				"{\"adultId\":\"" + theirs.mother() + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + ours.older() + "\"]}");
		assertThat(otherAdult.getResponse().getStatus()).isEqualTo(422);
		assertThat(otherAdult.getResponse().getContentAsString()).contains("\"field\":\"person\"");

		MvcResult otherChild = api("health.visitor", post("/api/v1/children/" + ours.older() + "/family-members"),
				"{\"adultId\":\"" + ours.mother() + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + ours.older() + "\",\""
						+ theirs.older() + "\"]}");
		assertThat(otherChild.getResponse().getStatus()).isEqualTo(422);
		assertThat(otherChild.getResponse().getContentAsString()).contains("\"field\":\"childIds\"",
				"Select only children of this household");
		assertThat(members(ours.mother()) + members(theirs.mother())).isZero();
	}

	@Test
	void a_young_person_may_be_invited_for_their_own_plan_from_12_and_not_before() throws Exception {
		var teenager = households().create(java.time.LocalDate.now().minusYears(13), "health.visitor");
		var child = households().create(java.time.LocalDate.now().minusYears(11), "health.visitor");
		MvcResult tooYoung = api("health.visitor", post("/api/v1/children/" + child.older() + "/family-members"),
				"{\"youngPerson\":true,\"delivery\":\"PRINTED\"}");
		assertThat(tooYoung.getResponse().getStatus()).isEqualTo(422);
		assertThat(tooYoung.getResponse().getContentAsString()).contains("from the age of 12");

		MvcResult siblings = api("health.visitor", post("/api/v1/children/" + teenager.older() + "/family-members"),
				"{\"youngPerson\":true,\"delivery\":\"PRINTED\",\"childIds\":[\"" + teenager.younger() + "\"]}");
		assertThat(siblings.getResponse().getContentAsString()).contains("A young person can see only their own plan");

		MvcResult invited = api("health.visitor", post("/api/v1/children/" + teenager.older() + "/family-members"),
				"{\"youngPerson\":true,\"delivery\":\"PRINTED\"}");
		assertThat(invited.getResponse().getStatus()).isEqualTo(201);
		String body = invited.getResponse().getContentAsString();
		var session = signIn(json(body, "$.reference"), json(body, "$.code"));
		assertThat(mvc.perform(get("/family/children/" + teenager.older()).cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/family/children/" + teenager.younger()).cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void a_person_already_invited_gets_a_new_code_rather_than_a_second_invitation() throws Exception {
		var household = households().create("health.visitor");
		inviteMother(household, "health.visitor");
		MvcResult again = api("health.visitor", post("/api/v1/children/" + household.older() + "/family-members"),
				"{\"adultId\":\"" + household.mother() + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.older() + "\"]}");
		assertThat(again.getResponse().getStatus()).isEqualTo(422);
		assertThat(again.getResponse().getContentAsString()).contains("already been invited");
		assertThat(members(household.mother())).isEqualTo(1);
	}

	@Test
	void the_api_invites_lists_and_ends_access() throws Exception {
		var household = households().create("health.visitor");
		MvcResult created = api("health.visitor", post("/api/v1/children/" + household.older() + "/family-members"),
				"{\"adultId\":\"" + household.father() + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.older() + "\",\""
						+ household.younger() + "\"]}");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String body = created.getResponse().getContentAsString();
		String id = json(body, "$.id");
		assertThat(json(body, "$.code")).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/family-members/" + id);

		assertThat(api("teacher", get("/api/v1/children/" + household.older() + "/family-members"), null).getResponse()
			.getStatus()).as("the teacher is not involved").isEqualTo(404);
		String listed = api("health.visitor", get("/api/v1/children/" + household.older() + "/family-members"), null)
			.getResponse()
			.getContentAsString();
		assertThat(listed).contains(id, "Tobias Famview").doesNotContain("code");

		assertThat(api("analyst", delete("/api/v1/family-members/" + id), null).getResponse().getStatus()).isEqualTo(403);
		assertThat(api("police.officer", delete("/api/v1/family-members/" + id), null).getResponse().getStatus()).isEqualTo(404);
		assertThat(api("health.visitor", delete("/api/v1/family-members/" + UUID.randomUUID()), null).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(api("health.visitor", delete("/api/v1/family-members/" + id), null).getResponse().getStatus()).isEqualTo(204);
		assertThat(count("select count(*) from family_member where id = ?::uuid and revoked_at is not null", id)).isEqualTo(1);
	}

	@Test
	void ending_access_from_the_childs_page_says_who_can_no_longer_see_the_plan() throws Exception {
		var household = households().create("health.visitor");
		var invited = inviteMother(household, "health.visitor");
		MvcResult ended = as("health.visitor",
				post("/children/" + household.older() + "/family-access/" + invited.member().id() + "/revoke"));
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/children/" + household.older());
		assertThat(ended.getFlashMap().get("success")).isEqualTo("Morwenna Famview can no longer see the plan");
		assertThat(count("select count(*) from audit_entry where action = 'REMOVE' and record_type = 'FAMILY_MEMBER' and record_id = ?",
				invited.member().id())).isEqualTo(1);
	}

	@Test
	void a_new_printed_code_from_the_childs_page_is_shown_once() throws Exception {
		var household = households().create("health.visitor");
		var invited = inviteMother(household, "health.visitor");
		String page = as("health.visitor", post("/children/" + household.older() + "/family-access/" + invited.member().id() + "/code")
			.param("delivery", "PRINTED")).getResponse().getContentAsString();
		assertThat(page).contains("Give them this code", invited.member().reference());
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void an_invitation_refused_by_role_is_forbidden_and_audited_as_denied() throws Exception {
		var household = households().create("health.visitor", "teacher");
		assertThat(as("teacher", post("/children/" + household.older() + "/family-access/new")
			.param("person", household.mother().toString())
			.param("childIds", household.older().toString())
			.param("delivery", "PRINTED")).getResponse().getStatus()).isEqualTo(403);
		assertThat(count("""
				select count(*) from audit_entry where action = 'DENIED' and record_type = 'FAMILY_MEMBER'
				and child_id = ? and username = 'teacher'""", household.older())).isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where action <> 'DENIED' and record_type = 'FAMILY_MEMBER' and child_id = ?",
				household.older())).isZero();
		assertThat(members(household.mother())).isZero();
	}

	@Test
	void a_father_of_one_child_cannot_be_given_his_half_sibling_s_plan() throws Exception {
		var household = households().create("health.visitor");
		// the younger child's father, recorded only for them
		UUID father = households().adult(household.id(), "Caspian", "MALE");
		households().relate(household.younger(), father, "FATHER");
		MvcResult refused = api("health.visitor", post("/api/v1/children/" + household.younger() + "/family-members"),
				"{\"adultId\":\"" + father + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.younger() + "\",\""
						+ household.older() + "\"]}");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("\"field\":\"childIds\"",
				"Select only the children they are recorded as a parent or carer of");
		assertThat(members(father)).isZero();

		MvcResult ownChild = api("health.visitor", post("/api/v1/children/" + household.younger() + "/family-members"),
				"{\"adultId\":\"" + father + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.younger() + "\"]}");
		assertThat(ownChild.getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void only_parents_and_carers_or_relatives_with_parental_responsibility_may_be_invited() throws Exception {
		var household = households().create("health.visitor");
		UUID lodger = households().adult(household.id(), "Ambrose", "MALE");
		relate(household.older(), lodger, "OTHER_HOUSEHOLD_MEMBER", true);
		UUID grandmother = households().adult(household.id(), "Ottilie", "FEMALE");
		relate(household.older(), grandmother, "GRANDPARENT", false);
		UUID specialGuardian = households().adult(household.id(), "Rosalind", "FEMALE");
		relate(household.older(), specialGuardian, "GRANDPARENT", true);

		String form = as("health.visitor", get("/children/" + household.older() + "/family-access/new")).getResponse()
			.getContentAsString();
		assertThat(form).contains("Rosalind Famview (Grandparent)").doesNotContain("Ambrose Famview", "Ottilie Famview");
		for (UUID refused : List.of(lodger, grandmother)) {
			MvcResult result = api("health.visitor", post("/api/v1/children/" + household.older() + "/family-members"),
					"{\"adultId\":\"" + refused + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.older() + "\"]}");
			assertThat(result.getResponse().getStatus()).isEqualTo(422);
			assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"person\"", "parent or carer");
			assertThat(members(refused)).isZero();
		}
		assertThat(api("health.visitor", post("/api/v1/children/" + household.older() + "/family-members"),
				"{\"adultId\":\"" + specialGuardian + "\",\"delivery\":\"PRINTED\",\"childIds\":[\"" + household.older() + "\"]}")
			.getResponse()
			.getStatus()).isEqualTo(201);
	}

	private void relate(UUID child, UUID adult, String kind, boolean parentalResponsibility) {
		jdbc.sql("insert into relationship (id, child_id, adult_id, kind, parental_responsibility) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), child, adult, kind, parentalResponsibility)
			.update();
	}

	@Test
	void two_practitioners_inviting_the_same_parent_at_once_are_told_they_are_already_invited() throws Exception {
		var household = households().create("health.visitor", "school.dsl");
		var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		var firstInserted = new java.util.concurrent.CountDownLatch(1);
		var first = java.util.concurrent.CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			inviteMother(household, "health.visitor");
			firstInserted.countDown();
			// hold the first invitation uncommitted while the second arrives
			sleep(700);
		}));
		assertThat(firstInserted.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		// the second sees no invitation yet, inserts, waits for the first and finds the clash
		assertThatThrownBy(() -> inviteMother(household, "school.dsl"))
			.isInstanceOfSatisfying(org.seen.web.InvalidInput.class, ex -> {
				assertThat(ex.field()).isEqualTo("person");
				assertThat(ex.getMessage()).contains("already been invited");
			});
		first.get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(members(household.mother())).isEqualTo(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
