package org.seen.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(Fixtures.class)
class ChronologyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chronology chronology;

	@Autowired
	ChildAlerts alerts;

	@Test
	void an_empty_form_comes_back_with_an_error_summary_and_nothing_saved() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		mvc.perform(post("/children/{id}/events/new", child.id()).with(user(fixtures.user("teacher"))).with(csrf())
			.param("day", "31").param("month", "2").param("year", "2025").param("type", "SCHOOL_ATTENDANCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Date must be a real date")))
			.andExpect(content().string(containsString("Enter a summary of the event")))
			.andExpect(content().string(containsString("Enter the attendance for the term as a percentage")))
			.andExpect(content().string(containsString("href=\"#date-day\"")));
		assertThat(chronology.list(fixtures.actor("teacher"), child.id(), ChronologyFilter.ALL)).isEmpty();
	}

	@Test
	void a_good_form_adds_the_entry_and_shows_it_in_the_chronology() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		LocalDate today = LocalDate.now();
		mvc.perform(post("/children/{id}/events/new", child.id()).with(user(fixtures.user("teacher"))).with(csrf())
			.param("day", String.valueOf(today.getDayOfMonth())).param("month", String.valueOf(today.getMonthValue()))
			.param("year", String.valueOf(today.getYear())).param("type", "CONCERN")
			.param("summary", "Came to school without a coat in the snow").param("significance", "MEDIUM"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/children/" + child.id() + "/chronology"));
		mvc.perform(get("/children/{id}/chronology", child.id()).with(user(fixtures.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Came to school without a coat in the snow")));
	}

	@Test
	void a_form_without_a_csrf_token_is_refused() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		mvc.perform(post("/children/{id}/events/new", child.id()).with(user(fixtures.user("teacher"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_stale_correction_form_is_refused_with_a_clear_message() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		var teacher = fixtures.actor("teacher");
		var event = chronology.add(teacher, child.id(), ChronologyTest.event(org.seen.chronology.EventType.CONCERN, LocalDate.now()));
		chronology.correct(teacher, child.id(), event.id(), event.version(),
				ChronologyTest.event(org.seen.chronology.EventType.STRENGTH, LocalDate.now()), "Someone else first");
		LocalDate today = LocalDate.now();
		mvc.perform(post("/children/{c}/events/{e}/correct", child.id(), event.id()).with(user(fixtures.user("teacher")))
			.with(csrf())
			.param("version", String.valueOf(event.version()))
			.param("day", String.valueOf(today.getDayOfMonth())).param("month", String.valueOf(today.getMonthValue()))
			.param("year", String.valueOf(today.getYear())).param("type", "CONCERN")
			.param("summary", "My late edit").param("significance", "HIGH").param("reason", "Typo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this entry")));
		assertThat(chronology.event(teacher, child.id(), event.id()).type()).isEqualTo(org.seen.chronology.EventType.STRENGTH);
	}

	@Test
	void a_removal_without_a_reason_comes_back_with_an_error() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		var event = chronology.add(fixtures.actor("teacher"), child.id(),
				ChronologyTest.event(org.seen.chronology.EventType.CONCERN, LocalDate.now()));
		mvc.perform(post("/children/{c}/events/{e}/remove", child.id(), event.id()).with(user(fixtures.user("teacher")))
			.with(csrf()).param("version", String.valueOf(event.version())).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why the entry is being removed")));
	}

	@Test
	void a_practitioner_not_involved_gets_404_on_every_chronology_page() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "health.visitor");
		mvc.perform(get("/children/{id}/chronology", child.id()).with(user(fixtures.user("teacher"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/children/{id}/events/new", child.id()).with(user(fixtures.user("teacher"))))
			.andExpect(status().isNotFound());
		assertThat(fixtures.audits(child.id(), "DENIED")).isEqualTo(2);
	}

	@Test
	void the_worklist_lists_alerts_and_acknowledgement_needs_a_note() throws Exception {
		var child = fixtures.child(LocalDate.now().minusMonths(4), false);
		fixtures.involve(child, "health.visitor");
		chronology.add(fixtures.actor("health.visitor"), child.id(),
				ChronologyTest.event(org.seen.chronology.EventType.INJURY, LocalDate.now()));
		mvc.perform(get("/worklist").with(user(fixtures.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An injury to a baby under one")));
		PatternAlert alert = alerts.of(fixtures.actor("health.visitor"), child.id()).get(0);
		mvc.perform(get("/children/{c}/alerts/{a}/acknowledge", child.id(), alert.id()).with(user(fixtures.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The entries behind this alert")));
		mvc.perform(post("/children/{c}/alerts/{a}/acknowledge", child.id(), alert.id())
			.with(user(fixtures.user("health.visitor"))).with(csrf())
			.param("version", String.valueOf(alert.version())).param("note", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter what you have done or decided about this alert")));
		mvc.perform(post("/children/{c}/alerts/{a}/acknowledge", child.id(), alert.id())
			.with(user(fixtures.user("health.visitor"))).with(csrf())
			.param("version", String.valueOf(alert.version())).param("note", "Referred to the paediatrician"))
			.andExpect(status().is3xxRedirection());
		assertThat(alerts.of(fixtures.actor("health.visitor"), child.id()).get(0).acknowledged()).isTrue();
	}

	@Test
	void the_chronology_filter_rejects_a_date_that_is_not_real() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		mvc.perform(get("/children/{id}/chronology", child.id()).param("fromDay", "30")
			.param("fromMonth", "2")
			.param("fromYear", "2025")
			.with(user(fixtures.user("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be a real date")));
	}
}
