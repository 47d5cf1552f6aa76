package org.seen.strategy.internal.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The feedback pages: forms keep what was typed, the summary withholds, comments never leave the page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeedbackPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_printed_form_without_a_score_comes_back_with_the_error_and_what_was_typed() throws Exception {
		mvc.perform(post("/strategy/feedback/printed-form").with(user(accounts.loadUserByUsername("teacher"))).with(csrf())
			.param("givenOnDay", "1").param("givenOnMonth", "13").param("givenOnYear", "2026")
			.param("helping", "Kept words about the visits"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date the form was filled in must be a real date")))
			.andExpect(content().string(containsString("Select how helpful the family found the support")))
			.andExpect(content().string(containsString("Kept words about the visits")));
	}

	@Test
	void a_practitioner_gives_feedback_and_is_thanked() throws Exception {
		mvc.perform(post("/strategy/feedback/practitioner").with(user(accounts.loadUserByUsername("health.visitor")))
			.with(csrf())
			.param("service", "SUPERVISION").param("rating", "4").param("helped", "Time to think"))
			.andExpect(redirectedUrl("/strategy/feedback"));
		mvc.perform(get("/strategy/feedback/practitioner").with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_editor_sees_comments_but_the_export_never_has_them() throws Exception {
		for (int i = 0; i < 5; i++) {
			jdbc.sql("insert into printed_feedback (id, given_on, agency_id, helpfulness, helping) values (?, ?, (select id from agency where code = 'GP'), 5, ?)")
				.params(UUID.randomUUID(), LocalDate.of(2047, 5, 1), "Secret comment " + i)
				.update();
		}
		mvc.perform(get("/strategy/feedback/summary").param("year", "2047-48").with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Secret comment 3")))
			.andExpect(content().string(containsString("Families, on a printed form")));
		mvc.perform(get("/strategy/feedback/summary").param("year", "2047-48").with(user(accounts.loadUserByUsername("school.dsl"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Secret comment"))));
		mvc.perform(get("/strategy/feedback/summary.csv").param("year", "2047-48").with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"Q1 2047-48\",\"Families, on a printed form\",\"5\",\"100%\"")))
			.andExpect(content().string(not(containsString("Secret comment"))));
	}

	@Test
	void a_chosen_span_of_dates_is_summarised() throws Exception {
		mvc.perform(get("/strategy/feedback/summary").with(user(accounts.loadUserByUsername("manager")))
			.param("fromDay", "1").param("fromMonth", "4").param("fromYear", "2047")
			.param("toDay", "31").param("toMonth", "3").param("toYear", "2047"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date must be the same as or after the start date")));
	}

	@Test
	void the_landing_page_offers_each_role_its_own_links() throws Exception {
		mvc.perform(get("/strategy/feedback").with(user(accounts.loadUserByUsername("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a family's printed feedback form")))
			.andExpect(content().string(not(containsString("Feedback summary"))));
		mvc.perform(get("/strategy/feedback").with(user(accounts.loadUserByUsername("auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Feedback summary")));
	}
}
