package org.seen.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Every form of the assessment pages re-displays its mistakes and stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(Family.class)
class AssessmentPagesTest {

	static final String TOOL = "family-strengths-and-needs";

	@Autowired
	MockMvc mvc;

	@Autowired
	Family family;

	@Autowired
	ChildAssessments assessments;

	@Autowired
	JdbcClient jdbc;

	UUID draft(UUID childId) {
		return assessments.start(family.actor("health.visitor"), childId, TOOL, LocalDate.now()).assessment().id();
	}

	@Test
	void starting_without_a_real_date_or_with_one_in_the_future_is_refused() throws Exception {
		var home = family.create("health.visitor");
		mvc.perform(post("/children/{id}/assessments/new", home.older()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("tool", TOOL)
			.param("assessedOnDay", "31")
			.param("assessedOnMonth", "2")
			.param("assessedOnYear", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Date of the assessment must be a real date")));
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		mvc.perform(post("/children/{id}/assessments/new", home.older()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("tool", TOOL)
			.param("assessedOnDay", String.valueOf(tomorrow.getDayOfMonth()))
			.param("assessedOnMonth", String.valueOf(tomorrow.getMonthValue()))
			.param("assessedOnYear", String.valueOf(tomorrow.getYear())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be today or in the past")));
		assertThat(count("assessment", home.older())).isZero();
	}

	@Test
	void an_item_with_a_grade_that_is_not_a_number_comes_back_as_typed() throws Exception {
		var home = family.create("health.visitor");
		UUID id = draft(home.older());
		mvc.perform(post("/assessments/{id}/items/nutrition", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("grade", "two")
			.param("evidence", "Fridge nearly empty on both visits")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Grade must be a number")))
			.andExpect(content().string(containsString("Fridge nearly empty on both visits")))
			.andExpect(content().string(containsString("govuk-error-summary")));
		mvc.perform(post("/assessments/{id}/items/nutrition", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("grade", "2")
			.param("targetGrade", "1")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set a target only for a grade of 3, 4 or 5")));
		assertThat(jdbc.sql("select count(*) from assessment_item where assessment_id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_good_item_goes_on_to_the_next_and_a_draft_goes_back_to_the_overview() throws Exception {
		var home = family.create("health.visitor");
		UUID id = draft(home.older());
		mvc.perform(post("/assessments/{id}/items/nutrition", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("grade", "2")
			.param("version", "-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/assessments/*/items/home-conditions"));
		mvc.perform(post("/assessments/{id}/items/home-conditions", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("grade", "2")
			.param("homeConditions", "2")
			.param("then", "draft")
			.param("version", "-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/assessments/*"));
	}

	@Test
	void an_overridden_area_grade_without_a_reason_is_asked_for_one() throws Exception {
		var home = family.create("health.visitor");
		UUID id = draft(home.older());
		AssessmentView view = assessments.saveItem(family.actor("health.visitor"), id, "nutrition",
				new ItemEntry(2, null, null, null, null, null, null, null, null), -1);
		mvc.perform(post("/assessments/{id}/summary", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("area-physical-care", "4")
			.param("reason-physical-care", " ")
			.param("version", String.valueOf(view.assessment().version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why Physical care is graded 4 rather than the proposed 2")))
			.andExpect(content().string(containsString("id=\"reason-physical-care-error\"")));
		assertThat(jdbc.sql("select count(*) from assessment_area where assessment_id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	@Test
	void completing_early_lists_the_items_to_do_on_the_overview() throws Exception {
		var home = family.create("health.visitor");
		UUID id = draft(home.older());
		mvc.perform(post("/assessments/{id}/complete", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#item-nutrition\"")))
			.andExpect(content().string(containsString("Grade Acceptance and identity")));
	}

	@Test
	void a_stale_page_is_told_someone_else_changed_the_assessment() throws Exception {
		var home = family.create("health.visitor");
		UUID id = draft(home.older());
		assessments.setPresent(family.actor("health.visitor"), id, 0, java.util.List.of(home.mother()), null);
		mvc.perform(post("/assessments/{id}/present", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("present", home.father().toString())
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this assessment")));
		assertThat(jdbc.sql("select adult_id from assessment_present where assessment_id = ?").param(id).query(UUID.class).list())
			.containsExactly(home.mother());
	}

	@Test
	void a_voice_with_nothing_in_it_is_refused() throws Exception {
		var home = family.create("health.visitor");
		mvc.perform(post("/children/{id}/voice/new", home.older()).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("kind", "NOT_GATHERED")
			.param("gatheredOnDay", "1")
			.param("gatheredOnMonth", "13")
			.param("gatheredOnYear", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Date gathered must be a real date")))
			.andExpect(content().string(containsString("Enter why the child&#39;s voice could not be gathered")));
		assertThat(count("child_voice", home.older())).isZero();
	}

	@Test
	void a_practitioner_cannot_countersign() throws Exception {
		var home = family.create("health.visitor");
		UUID id = draft(home.older());
		mvc.perform(post("/assessments/{id}/countersign", id).with(user(family.user("health.visitor")))
			.with(csrf())
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a manager or designated safeguarding lead can countersign")));
	}

	private int count(String table, UUID childId) {
		return jdbc.sql("select count(*) from " + table + " where child_id = ?").param(childId).query(Integer.class).single();
	}
}
