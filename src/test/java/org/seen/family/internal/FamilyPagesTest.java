package org.seen.family.internal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.seen.family.TestFamilyPlans;
import org.seen.notifications.Notice;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The family's plan in plain words, and their feedback: stored, shown to the lead, the lead told. */
@RecordApplicationEvents
class FamilyPagesTest extends FamilyTestBase {

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	private String page(Cookie session, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult feedback(Cookie session, java.util.UUID child, String helpfulness, String helping) throws Exception {
		var request = post("/family/children/" + child + "/feedback").cookie(session).with(csrf());
		if (helpfulness != null) {
			request.param("helpfulness", helpfulness);
		}
		return mvc.perform(request.param("helping", helping).param("couldBeBetter", "Meetings after school").param("anythingElse", ""))
			.andReturn();
	}

	@Test
	void the_family_sees_the_plan_in_plain_words_and_nothing_of_any_agencys_record() throws Exception {
		var household = households().create("health.visitor");
		TestFamilyPlans.giveAPlanTo(jdbc, household.older());
		Cookie family = signedIn(inviteMother(household, "health.visitor"));

		String plan = page(family, "/family/children/" + household.older());
		assertThat(plan).contains("Wren’s plan", "What is going well", "Breakfast is on the table before school every day.",
				"What needs to change", "Getting to school on time every day", "By when",
				"Who does what, by when", "Walk to school together each morning", "Not done yet", "Done",
				"Next meeting", "Northbrook Family Hub", "What the last meeting said", "The people helping your family",
				"Bethan Rooke");
		assertThat(plan).doesNotContain("Grade", "Chronology", "chronology", "href=\"/children/", "Sign out</a>");
		// what the child told a practitioner stays with the practitioners: it may be about the adult reading
		assertThat(plan).doesNotContain("I am always late and the teacher tells me off", "told us");
	}

	@Test
	void with_no_plan_yet_the_page_says_so() throws Exception {
		var household = households().create("health.visitor");
		Cookie family = signedIn(inviteMother(household, "health.visitor"));
		assertThat(page(family, "/family/children/" + household.younger())).contains("There is no plan to show yet");
	}

	@Test
	void every_family_read_is_audited_with_the_child() throws Exception {
		var household = households().create("health.visitor");
		var invited = inviteMother(household, "health.visitor");
		Cookie family = signedIn(invited);
		page(family, "/family/children/" + household.older());
		assertThat(count("""
				select count(*) from audit_entry where username = ? and role = 'FAMILY' and action = 'VIEW'
				and record_type = 'FAMILY_PLAN' and child_id = ?""", "family:" + invited.member().reference(),
				household.older())).isEqualTo(1);
	}

	@Test
	void feedback_is_stored_shown_to_the_lead_and_the_lead_is_told_without_personal_details() throws Exception {
		var household = households().create("health.visitor");
		Cookie family = signedIn(inviteMother(household, "health.visitor"));
		assertThat(page(family, "/family/children/" + household.older() + "/feedback")).contains("Tell us what you think");

		MvcResult sent = feedback(family, household.older(), "4", "The breakfast club");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/family/children/" + household.older());
		assertThat(count("select count(*) from family_feedback where child_id = ? and helpfulness = 4 and helping = 'The breakfast club'",
				household.older())).isEqualTo(1);

		Notice notice = events.stream(Notice.class).reduce((a, b) -> b).orElseThrow();
		assertThat(notice.childId()).isEqualTo(household.older());
		assertThat(notice.practitionerIds()).containsExactly(actor("health.visitor").practitionerId());
		assertThat(notice.subject() + notice.body()).doesNotContain("Morwenna", "Famview", "Wren", "breakfast");

		String childPage = mvc.perform(get("/children/" + household.older()).with(user(accounts.loadUserByUsername("health.visitor"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(childPage).contains("Family access", "Morwenna Famview", "What the family said", "The breakfast club",
				"Helpful");
	}

	@Test
	void feedback_without_a_rating_is_refused_and_what_was_typed_comes_back() throws Exception {
		var household = households().create("health.visitor");
		Cookie family = signedIn(inviteMother(household, "health.visitor"));
		MvcResult refused = feedback(family, household.older(), null, "Kept this text");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("Select how helpful the support is", "Kept this text",
				"govuk-error-summary", "Meetings after school");
		assertThat(count("select count(*) from family_feedback where child_id = ?", household.older())).isZero();
	}

	@Test
	void a_rating_outside_1_to_5_or_not_a_number_is_refused() throws Exception {
		var household = households().create("health.visitor");
		Cookie family = signedIn(inviteMother(household, "health.visitor"));
		for (String rating : new String[] { "0", "6", "lots", "" }) {
			assertThat(feedback(family, household.older(), rating, "x").getResponse().getContentAsString()).as(rating)
				.contains("Select how helpful the support is");
		}
		assertThat(count("select count(*) from family_feedback where child_id = ?", household.older())).isZero();
	}

	@Test
	void feedback_over_2000_characters_is_refused_naming_the_field() throws Exception {
		var household = households().create("health.visitor");
		Cookie family = signedIn(inviteMother(household, "health.visitor"));
		String page = feedback(family, household.older(), "3", "a".repeat(2001)).getResponse().getContentAsString();
		assertThat(page).contains("What is helping must be 2,000 characters or fewer", "href=\"#helping\"");
		assertThat(count("select count(*) from family_feedback where child_id = ?", household.older())).isZero();
		assertThat(feedback(family, household.older(), "3", "a".repeat(2000)).getResponse().getRedirectedUrl()).isNotNull();
	}
}
