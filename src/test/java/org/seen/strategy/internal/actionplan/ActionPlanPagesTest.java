package org.seen.strategy.internal.actionplan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.internal.SeenUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ActionPlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	SeenUser signedIn(String username) {
		return new SeenUser(actors.actor(username), "", true, true);
	}

	UUID item(String reference) {
		return jdbc.sql("select id from action_item where reference = ? order by created_at limit 1")
			.param(reference)
			.query(UUID.class)
			.single();
	}

	UUID id(String sql) {
		return jdbc.sql(sql).query(UUID.class).list().get(0);
	}

	@Test
	void the_plan_shows_the_strategy_its_ratings_and_its_actions_with_edit_links_for_an_analyst() throws Exception {
		mvc.perform(get("/strategy/action-plan").with(user(signedIn("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Northbrook neglect strategy 2025–2028")))
			.andExpect(content().string(containsString("Not yet rated")))
			.andExpect(content().string(containsString("Priority 3: Quality assurance")))
			.andExpect(content().string(containsString("Add an action")));
	}

	@Test
	void a_manager_reads_the_plan_and_an_action_with_no_way_to_change_them() throws Exception {
		mvc.perform(get("/strategy/action-plan").with(user(signedIn("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Northbrook neglect strategy")))
			.andExpect(content().string(not(containsString("Add an action"))))
			.andExpect(content().string(not(containsString("Change the strategy"))));
		mvc.perform(get("/strategy/action-plan/items/{id}", item("2.1")).with(user(signedIn("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Record progress"))));
		mvc.perform(get("/strategy/action-plan/items/{id}/progress/new", item("2.1")).with(user(signedIn("manager"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_plan_is_filtered_by_rating() throws Exception {
		mvc.perform(get("/strategy/action-plan").param("rag", "NONE").with(user(signedIn("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Learning from reviews into practice")))
			.andExpect(content().string(not(containsString("Timely Team Around the Family plans"))));
	}

	@Test
	void every_page_of_the_plan_opens_for_an_analyst() throws Exception {
		UUID item = item("1.1");
		UUID kpi = id("select id from action_kpi where measure_key is null order by description");
		String[] pages = { "/strategy/action-plan/strategy", "/strategy/action-plan/priorities/new",
				"/strategy/action-plan/priorities/" + id("select id from strategy_priority where position = 1"),
				"/strategy/action-plan/priorities/" + id("select id from strategy_priority where position = 1")
						+ "/aims/new",
				"/strategy/action-plan/aims/" + id("select id from strategy_aim where reference = '1.1'"),
				"/strategy/action-plan/items/new", "/strategy/action-plan/items/" + item,
				"/strategy/action-plan/items/" + item + "/edit", "/strategy/action-plan/items/" + item + "/kpis/new",
				"/strategy/action-plan/kpis/" + kpi + "/edit", "/strategy/action-plan/kpis/" + kpi + "/readings/new",
				"/strategy/action-plan/items/" + item + "/progress/new",
				"/strategy/action-plan/items/" + item + "/evidence/new", "/strategy/action-plan/reviews",
				"/strategy/action-plan/reviews/new",
				"/strategy/action-plan/reviews/" + id("select id from strategy_review_cycle order by starts_on desc") };
		for (String page : pages) {
			mvc.perform(get(page).with(user(signedIn("analyst")))).andExpect(status().isOk());
		}
	}

	@Test
	void an_action_form_with_problems_is_shown_again_with_every_problem_and_what_was_typed() throws Exception {
		long before = jdbc.sql("select count(*) from action_item").query(Long.class).single();
		mvc.perform(post("/strategy/action-plan/items/new").with(user(signedIn("analyst")))
			.with(csrf())
			.param("priorityId", id("select id from strategy_priority where position = 2").toString())
			.param("reference", "9.9")
			.param("title", "Typed title kept")
			.param("activities", "")
			.param("leadName", "Lead")
			.param("dueOnDay", "31")
			.param("dueOnMonth", "2")
			.param("dueOnYear", "2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The due date must be a real date")))
			.andExpect(content().string(containsString("Enter the activities that deliver the action")))
			.andExpect(content().string(containsString("Choose the lead agency")))
			.andExpect(content().string(containsString("Choose at least one aim the action serves")))
			.andExpect(content().string(containsString("Typed title kept")));
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from action_item").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void progress_is_recorded_and_the_action_shows_its_new_rating() throws Exception {
		UUID item = item("3.2");
		mvc.perform(post("/strategy/action-plan/items/{id}/progress/new", item).with(user(signedIn("analyst")))
			.with(csrf())
			.param("rag", "AMBER")
			.param("narrative", "Register set up; first recommendations cross-referenced.")
			.param("impact", "")
			.param("asAtDay", "1")
			.param("asAtMonth", "4")
			.param("asAtYear", "2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/strategy/action-plan/items/*"));
		mvc.perform(get("/strategy/action-plan/items/{id}", item).with(user(signedIn("analyst"))))
			.andExpect(content().string(containsString("Register set up; first recommendations cross-referenced.")))
			.andExpect(content().string(containsString("govuk-tag--yellow")));
	}

	@Test
	void a_progress_form_without_a_rating_is_shown_again_keeping_the_narrative() throws Exception {
		mvc.perform(post("/strategy/action-plan/items/{id}/progress/new", item("3.2")).with(user(signedIn("analyst")))
			.with(csrf())
			.param("narrative", "Narrative kept")
			.param("asAtDay", "1")
			.param("asAtMonth", "13")
			.param("asAtYear", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose red, amber or green")))
			.andExpect(content().string(containsString("The date must be a real date")))
			.andExpect(content().string(containsString("Narrative kept")));
	}

	@Test
	void a_stale_priority_edit_is_refused_with_the_message() throws Exception {
		UUID priority = id("select id from strategy_priority where position = 3");
		mvc.perform(post("/strategy/action-plan/priorities/{id}", priority).with(user(signedIn("analyst")))
			.with(csrf())
			.param("position", "3")
			.param("title", "Overwritten")
			.param("version", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this")));
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select title from strategy_priority where id = ?").param(priority)
				.query(String.class).single())
			.isEqualTo("Quality assurance");
	}

	@Test
	void a_kpi_with_a_figure_that_is_not_a_number_is_shown_again() throws Exception {
		mvc.perform(post("/strategy/action-plan/items/{id}/kpis/new", item("1.2")).with(user(signedIn("analyst")))
			.with(csrf())
			.param("description", "Families using a hub")
			.param("unit", "COUNT")
			.param("baselineValue", "sixty")
			.param("direction", "HIGHER_IS_BETTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The baseline must be a number, like 45 or 62.5")))
			.andExpect(content().string(containsString("value=\"sixty\"")));
	}
}
