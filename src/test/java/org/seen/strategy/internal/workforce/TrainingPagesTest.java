package org.seen.strategy.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The training pages: forms re-display their mistakes with what was typed, and the figures page withholds. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TrainingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TrainingRegister register;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_course_without_a_title_comes_back_with_the_error_and_what_was_typed() throws Exception {
		mvc.perform(post("/strategy/training/courses/new").with(user(accounts.loadUserByUsername("analyst"))).with(csrf())
			.param("title", "")
			.param("description", "Kept description text")
			.param("reach", "MULTI_AGENCY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the course title")))
			.andExpect(content().string(containsString("Select whether it is face to face or e-learning")))
			.andExpect(content().string(containsString("Kept description text")));
	}

	@Test
	void an_analyst_adds_a_course_a_session_and_an_attendee_through_the_pages() throws Exception {
		String title = "Pages course " + UUID.randomUUID();
		String location = mvc.perform(post("/strategy/training/courses/new")
			.with(user(accounts.loadUserByUsername("analyst"))).with(csrf())
			.param("title", title).param("reach", "SINGLE_AGENCY").param("delivery", "E_LEARNING"))
			.andExpect(redirectedUrlPattern("/strategy/training/courses/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String sessionUrl = mvc.perform(post(location + "/sessions/new")
			.with(user(accounts.loadUserByUsername("analyst"))).with(csrf())
			.param("heldOnDay", "12").param("heldOnMonth", "6").param("heldOnYear", "2039")
			.param("trainer", "A trainer").param("online", "yes").param("places", "20"))
			.andExpect(redirectedUrlPattern("/strategy/training/sessions/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(sessionUrl + "/attendees").with(user(accounts.loadUserByUsername("analyst"))).with(csrf())
			.param("name", "Typed Attendee").param("agencyId", "").param("attended", "yes")
			.param("confidenceBefore", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the attendee&#39;s agency")))
			.andExpect(content().string(containsString("Confidence before must be between 1 and 10")))
			.andExpect(content().string(containsString("Typed Attendee")));
		mvc.perform(get(sessionUrl).with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No one on the register yet.")));
	}

	@Test
	void a_session_date_that_is_not_real_is_refused() throws Exception {
		var course = register.addCourse(actors.actor("analyst"), new TrainingRegister.CourseInput(
				"Dates " + UUID.randomUUID(), "", "MULTI_AGENCY", "FACE_TO_FACE", ""));
		mvc.perform(post("/strategy/training/courses/{id}/sessions/new", course.id())
			.with(user(accounts.loadUserByUsername("analyst"))).with(csrf())
			.param("heldOnDay", "31").param("heldOnMonth", "2").param("heldOnYear", "2026")
			.param("trainer", "Kept trainer").param("venue", "Library").param("places", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the session must be a real date")))
			.andExpect(content().string(containsString("Kept trainer")));
		assertThat(register.sessions(actors.actor("analyst"), course.id())).isEmpty();
	}

	@Test
	void a_manager_reads_the_figures_and_the_session_without_names() throws Exception {
		var course = register.addCourse(actors.actor("analyst"), new TrainingRegister.CourseInput(
				"Names " + UUID.randomUUID(), "", "MULTI_AGENCY", "FACE_TO_FACE", ""));
		var session = register.addSession(actors.actor("analyst"), course.id(),
				new TrainingRegister.SessionInput(LocalDate.of(2040, 5, 5), "A trainer", "Hall", false, "10"), null);
		register.addAttendee(actors.actor("analyst"), session.id(),
				new TrainingRegister.AttendeeInput("", "Hidden Name", jdbc.sql("select id from agency where code = 'POL'")
					.query(UUID.class).single().toString(), "yes", "", ""));
		mvc.perform(get("/strategy/training/sessions/{id}", session.id()).with(user(accounts.loadUserByUsername("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hidden Name"))));
		mvc.perform(get("/strategy/training/totals").param("year", "2040-41").with(user(accounts.loadUserByUsername("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Practitioners trained")))
			.andExpect(content().string(containsString("c (withheld)")))
			.andExpect(content().string(not(containsString("Hidden Name"))));
		mvc.perform(get("/strategy/training/totals.csv").param("year", "2040-41").with(user(accounts.loadUserByUsername("manager"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("training-2040-04-01-to-2041-03-31.csv")))
			.andExpect(content().string(containsString("\"Practitioners trained by agency\",\"Northbrook Police\",\"c\"")));
	}

	@Test
	void a_badly_written_year_is_explained() throws Exception {
		mvc.perform(get("/strategy/training/totals").param("year", "2025").with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the financial year like 2025-26")));
	}

	@Test
	void a_practitioner_may_not_open_the_training_pages() throws Exception {
		mvc.perform(get("/strategy/training").with(user(accounts.loadUserByUsername("teacher"))))
			.andExpect(status().isForbidden());
	}
}
