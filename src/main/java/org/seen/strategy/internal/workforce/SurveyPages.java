package org.seen.strategy.internal.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practitioner survey: setting one up, answering it anonymously, and its results. */
@Controller
class SurveyPages {

	/** The questions a new survey starts with, as the partnership's sources ask them. */
	static final List<String> SUGGESTED = List.of("How confident are you in recognising neglect?",
			"How confident are you in using the graded neglect assessment?",
			"How confident are you in knowing when to escalate a concern about neglect?");

	private final Surveys surveys;

	private final CurrentActor actor;

	SurveyPages(Surveys surveys, CurrentActor actor) {
		this.surveys = surveys;
		this.actor = actor;
	}

	/** One row of the set-up form's questions, as typed. */
	record QuestionRow(int number, String text, String scale) {
	}

	@GetMapping("/strategy/surveys")
	String list(Model model) {
		Actor me = actor.get();
		List<Surveys.Survey> all = surveys.all(me);
		LocalDate today = surveys.today();
		model.addAttribute("open", Surveys.mayAnswer(me)
				? all.stream().filter(s -> s.openOn(today) && !surveys.hasAnswered(me, s.id())).toList() : List.of());
		model.addAttribute("answered", Surveys.mayAnswer(me)
				? all.stream().filter(s -> s.openOn(today) && surveys.hasAnswered(me, s.id())).toList() : List.of());
		model.addAttribute("surveys", StrategyRoles.reads(me) ? all : List.of());
		model.addAttribute("edits", StrategyRoles.edits(me));
		model.addAttribute("today", today);
		return "strategy/surveys/list";
	}

	@GetMapping("/strategy/surveys/new")
	String newForm(Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		Map<String, String> typed = new HashMap<>();
		for (int i = 0; i < SUGGESTED.size(); i++) {
			typed.put("question" + (i + 1), SUGGESTED.get(i));
			typed.put("question" + (i + 1) + "Scale", Scale.ONE_TO_TEN.name());
		}
		return newForm(model, typed, new FormErrors());
	}

	@PostMapping("/strategy/surveys/new")
	String create(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
		Actor me = actor.get();
		FormErrors edge = new FormErrors();
		LocalDate opens = date(typed, "opensOn").parse("opensOn", "The opening date", edge);
		LocalDate closes = date(typed, "closesOn").parse("closesOn", "The closing date", edge);
		List<Surveys.QuestionInput> questions = new ArrayList<>();
		for (int i = 1; i <= Surveys.MAX_QUESTIONS; i++) {
			questions.add(new Surveys.QuestionInput(typed.get("question" + i), typed.get("question" + i + "Scale")));
		}
		try {
			Surveys.Survey survey = surveys.create(me, typed.get("title"), opens, closes, questions, edge);
			redirect.addFlashAttribute("success", "Survey created");
			return "redirect:/strategy/surveys/" + survey.id();
		}
		catch (InvalidInput ex) {
			return newForm(model, typed, TrainingPages.problems(ex));
		}
	}

	private String newForm(Model model, Map<String, String> typed, FormErrors errors) {
		List<QuestionRow> rows = new ArrayList<>();
		for (int i = 1; i <= Surveys.MAX_QUESTIONS; i++) {
			rows.add(new QuestionRow(i, typed.getOrDefault("question" + i, ""),
					typed.getOrDefault("question" + i + "Scale", "")));
		}
		model.addAttribute("title", typed.getOrDefault("title", ""));
		model.addAttribute("opensOn", date(typed, "opensOn"));
		model.addAttribute("closesOn", date(typed, "closesOn"));
		model.addAttribute("rows", rows);
		model.addAttribute("scales", Scale.values());
		model.addAttribute("errors", errors);
		return "strategy/surveys/new";
	}

	private static DateInput date(Map<String, String> typed, String name) {
		return new DateInput(typed.get(name + "Day"), typed.get(name + "Month"), typed.get(name + "Year"));
	}

	@GetMapping("/strategy/surveys/{id}/answer")
	String answerForm(@PathVariable UUID id, Model model) {
		Actor me = actor.get();
		if (!Surveys.mayAnswer(me)) {
			throw new org.springframework.security.access.AccessDeniedException("Your role may not do this.");
		}
		return answerForm(model, surveys.survey(me, id), Map.of(), new FormErrors());
	}

	@PostMapping("/strategy/surveys/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect) {
		Actor me = actor.get();
		Surveys.Survey survey = surveys.survey(me, id);
		Map<String, String> byQuestion = new HashMap<>();
		survey.questions().forEach(q -> byQuestion.put(q.id().toString(), typed.get("q" + q.position())));
		try {
			surveys.answer(me, id, byQuestion);
		}
		catch (InvalidInput ex) {
			return answerForm(model, survey, typed, TrainingPages.problems(ex));
		}
		redirect.addFlashAttribute("success", "Thank you. Your answers have been recorded anonymously.");
		return "redirect:/strategy/surveys";
	}

	private String answerForm(Model model, Surveys.Survey survey, Map<String, String> typed, FormErrors errors) {
		Actor me = actor.get();
		model.addAttribute("survey", survey);
		model.addAttribute("typed", typed);
		model.addAttribute("answered", surveys.hasAnswered(me, survey.id()));
		model.addAttribute("isOpen", survey.openOn(surveys.today()));
		model.addAttribute("errors", errors);
		return "strategy/surveys/answer";
	}

	@GetMapping("/strategy/surveys/{id}")
	String results(@PathVariable UUID id, Model model) {
		Actor me = actor.get();
		StrategyRoles.require(me, StrategyRoles.READERS);
		model.addAttribute("survey", surveys.survey(me, id));
		model.addAttribute("results", surveys.results(me, id));
		return "strategy/surveys/results";
	}
}
