package org.seen.strategy.internal.workforce;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The practitioner survey through the API: the same anonymity and rules as the pages. */
@RestController
@Tag(name = "Practitioner surveys", description = "Anonymous confidence surveys and their results")
class SurveyApi {

	private final Surveys surveys;

	private final CurrentActor actor;

	SurveyApi(Surveys surveys, CurrentActor actor) {
		this.surveys = surveys;
		this.actor = actor;
	}

	@GetMapping("/api/v1/strategy/surveys")
	@Operation(summary = "Surveys, with their questions")
	List<Surveys.Survey> all() {
		return surveys.all(actor.get());
	}

	@PostMapping("/api/v1/strategy/surveys")
	@Operation(summary = "Create a survey (editors): title, opensOn and closesOn as ISO dates, questions with text "
			+ "and scale ONE_TO_TEN or AGREEMENT")
	ResponseEntity<Surveys.Survey> create(@RequestBody(required = false) SurveyRequest request) {
		if (request == null) {
			request = SurveyRequest.NONE;
		}
		FormErrors edge = new FormErrors();
		LocalDate opens = date(request.opensOn(), "opensOn", edge);
		LocalDate closes = date(request.closesOn(), "closesOn", edge);
		List<Surveys.QuestionInput> questions = request.questions() == null ? List.of()
				: request.questions().stream().map(q -> new Surveys.QuestionInput(q.text(), q.scale())).toList();
		Surveys.Survey survey = surveys.create(actor.get(), request.title(), opens, closes, questions, edge);
		return ResponseEntity.created(URI.create("/api/v1/strategy/surveys/" + survey.id())).body(survey);
	}

	@GetMapping("/api/v1/strategy/surveys/{id}")
	@Operation(summary = "One survey and its questions")
	Surveys.Survey survey(@PathVariable UUID id) {
		return surveys.survey(actor.get(), id);
	}

	@PostMapping("/api/v1/strategy/surveys/{id}/answers")
	@Operation(summary = "Answer a survey once, anonymously (casework roles): answers maps each question's id to its value")
	ResponseEntity<Void> answer(@PathVariable UUID id, @RequestBody(required = false) AnswerRequest request) {
		if (request == null) {
			request = AnswerRequest.NONE;
		}
		Map<String, String> answers = new HashMap<>();
		if (request.answers() != null) {
			request.answers().forEach((question, value) -> answers.put(question, value == null ? null : value.toString()));
		}
		surveys.answer(actor.get(), id, answers);
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/api/v1/strategy/surveys/{id}/results")
	@Operation(summary = "Results per question (readers): distribution, mean and by agency kind; small numbers are \"c\"")
	List<Surveys.QuestionResult> results(@PathVariable UUID id) {
		return surveys.results(actor.get(), id);
	}

	private static LocalDate date(String text, String field, FormErrors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "The date must be a real date, as 2025-06-12");
			return null;
		}
	}

	record SurveyRequest(String title, String opensOn, String closesOn, List<QuestionRequest> questions) {

		static final SurveyRequest NONE = new SurveyRequest(null, null, null, null);
	}

	record QuestionRequest(String text, String scale) {
	}

	record AnswerRequest(Map<String, Integer> answers) {

		static final AnswerRequest NONE = new AnswerRequest(null);
	}
}
