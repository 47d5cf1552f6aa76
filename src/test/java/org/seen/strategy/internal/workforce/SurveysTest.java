package org.seen.strategy.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The practitioner survey: anonymous answers, once each while open, results with small numbers withheld. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SurveysTest {

	@Autowired
	Surveys surveys;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Surveys.Survey open(String title) {
		return surveys.create(actors.actor("analyst"), title + " " + UUID.randomUUID(), surveys.today().minusDays(1),
				surveys.today().plusDays(10), List.of(new Surveys.QuestionInput("How confident are you?", "ONE_TO_TEN"),
						new Surveys.QuestionInput("The toolkit helps me", "AGREEMENT")),
				null);
	}

	Map<String, String> answers(Surveys.Survey survey, String first, String second) {
		return Map.of(survey.questions().get(0).id().toString(), first, survey.questions().get(1).id().toString(),
				second);
	}

	@Test
	void answers_are_kept_with_no_link_to_the_account() {
		List<String> response = jdbc.sql("select column_name from information_schema.columns where table_name = 'survey_response'")
			.query(String.class).list();
		List<String> answer = jdbc.sql("select column_name from information_schema.columns where table_name = 'survey_answer'")
			.query(String.class).list();
		List<String> respondent = jdbc.sql("select column_name from information_schema.columns where table_name = 'survey_respondent'")
			.query(String.class).list();
		assertThat(response).containsExactlyInAnyOrder("id", "survey_id", "agency_kind");
		assertThat(answer).containsExactlyInAnyOrder("response_id", "question_id", "value");
		assertThat(respondent).containsExactlyInAnyOrder("survey_id", "account_id");

		Surveys.Survey survey = open("Anonymous");
		surveys.answer(actors.actor("teacher"), survey.id(), answers(survey, "7", "4"));
		assertThat(jdbc.sql("select agency_kind from survey_response where survey_id = ?").param(survey.id())
			.query(String.class).single()).isEqualTo("SCHOOL");
		assertThat(surveys.hasAnswered(actors.actor("teacher"), survey.id())).isTrue();
	}

	@Test
	void answering_twice_is_refused_and_nothing_more_is_stored() {
		Surveys.Survey survey = open("Twice");
		surveys.answer(actors.actor("health.visitor"), survey.id(), answers(survey, "5", "3"));
		assertThatThrownBy(() -> surveys.answer(actors.actor("health.visitor"), survey.id(), answers(survey, "9", "5")))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.getMessage()).isEqualTo("You have already answered this survey"));
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void an_answer_off_the_scale_or_missing_is_refused_naming_the_question() {
		Surveys.Survey survey = open("Scale");
		assertThatThrownBy(() -> surveys.answer(actors.actor("police.officer"), survey.id(), answers(survey, "11", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ": " + p.message())
				.containsExactly("q1: The answer to question 1 must be between 1 and 10",
						"q2: Answer question 2: The toolkit helps me"));
		assertThatThrownBy(() -> surveys.answer(actors.actor("police.officer"), survey.id(), answers(survey, "5", "6")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("q2"));
		assertThat(surveys.hasAnswered(actors.actor("police.officer"), survey.id())).isFalse();
	}

	@Test
	void a_closed_survey_is_not_answered_and_only_casework_roles_answer() {
		Surveys.Survey closed = surveys.create(actors.actor("analyst"), "Closed " + UUID.randomUUID(),
				surveys.today().minusDays(30), surveys.today().minusDays(1),
				List.of(new Surveys.QuestionInput("Q", "ONE_TO_TEN")), null);
		assertThatThrownBy(() -> surveys.answer(actors.actor("teacher"), closed.id(),
				Map.of(closed.questions().get(0).id().toString(), "5")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).startsWith("This survey is not open"));
		Surveys.Survey survey = open("Roles");
		assertThatThrownBy(() -> surveys.answer(actors.actor("analyst"), survey.id(), answers(survey, "5", "3")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_survey_needs_a_title_dates_in_order_and_a_question() {
		assertThatThrownBy(() -> surveys.create(actors.actor("analyst"), "", surveys.today(), surveys.today().minusDays(1),
				List.of(new Surveys.QuestionInput("", "")), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("title", "closesOn", "question1"));
		assertThatThrownBy(() -> surveys.create(actors.actor("manager"), "X", surveys.today(), surveys.today(),
				List.of(new Surveys.QuestionInput("Q", "ONE_TO_TEN")), null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void results_withhold_small_numbers() {
		Surveys.Survey survey = open("Results");
		String[] who = { "teacher", "school.dsl", "health.visitor", "police.officer", "manager", "front.door" };
		for (String username : who) {
			surveys.answer(actors.actor(username), survey.id(), answers(survey, "8", "4"));
		}
		List<Surveys.QuestionResult> results = surveys.results(actors.actor("auditor"), survey.id());
		Surveys.QuestionResult first = results.get(0);
		assertThat(first.answers()).isEqualTo("6");
		assertThat(first.mean()).isEqualTo("8.0");
		assertThat(first.distribution()).filteredOn(b -> b.label().equals("8")).singleElement()
			.satisfies(b -> assertThat(b.shown()).isEqualTo("6"));
		// every agency kind has fewer than 5 answers, so together they are "Other agencies": shown as "c"
		// one by one, each could be had from the overall figures and the others
		assertThat(first.byAgencyKind()).extracting(Surveys.KindMean::agencyKind, Surveys.KindMean::answers,
				Surveys.KindMean::mean).containsExactly(org.assertj.core.groups.Tuple.tuple("Other agencies", "6", "8.0"));
		assertThat(results.get(1).distribution()).extracting(Bar::label).containsExactly("Strongly agree", "Agree",
				"Neither agree nor disagree", "Disagree", "Strongly disagree");
	}

	@Test
	void a_practitioner_answers_through_the_page_and_is_told_it_is_anonymous() throws Exception {
		Surveys.Survey survey = open("Page");
		mvc.perform(get("/strategy/surveys/{id}/answer", survey.id()).with(user(accounts.loadUserByUsername("social.worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your answers are anonymous")));
		mvc.perform(post("/strategy/surveys/{id}/answer", survey.id()).with(user(accounts.loadUserByUsername("social.worker")))
			.with(csrf()).param("q1", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Answer question 2: The toolkit helps me")));
		mvc.perform(post("/strategy/surveys/{id}/answer", survey.id()).with(user(accounts.loadUserByUsername("social.worker")))
			.with(csrf()).param("q1", "6").param("q2", "5"))
			.andExpect(redirectedUrl("/strategy/surveys"));
		mvc.perform(get("/strategy/surveys/{id}/answer", survey.id()).with(user(accounts.loadUserByUsername("social.worker"))))
			.andExpect(content().string(containsString("You have already answered this survey")));
		mvc.perform(get("/strategy/surveys/{id}", survey.id()).with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("by agency kind")));
		mvc.perform(get("/strategy/surveys/new").with(user(accounts.loadUserByUsername("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How confident are you in recognising neglect?")));
		mvc.perform(post("/strategy/surveys/new").with(user(accounts.loadUserByUsername("analyst"))).with(csrf())
			.param("title", "Kept title").param("question1", "Kept question"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date the survey opens")))
			.andExpect(content().string(containsString("Select how question 1 is answered")))
			.andExpect(content().string(containsString("Kept question")));
	}
}
