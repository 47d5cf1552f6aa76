package org.seen.pathway.internal;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.pathway.LevelOfNeed;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The child's pathway: the level of need (Seen's suggestion and why, the decision, its history),
 * deciding and countersigning a level, and stepping down from social care to early help.
 */
@Controller
class PathwayPages {

	static final String PATHWAY = "pathway/pathway";

	static final String DECIDE = "pathway/decide";

	static final String COUNTERSIGN = "pathway/countersign";

	static final String STEP_DOWN = "pathway/step-down";

	static final String STALE = "Someone else changed this record while you were working on it. "
			+ "Check what it says now and make your change again.";

	private final ChildLevels levels;

	/**
	 * The version a form was loaded at. A missing or garbled one (an old form, a tampered one) can
	 * match no version, so the change is refused with the stale-edit message, never applied.
	 */
	static int version(String typed) {
		try {
			return typed == null ? -1 : Integer.parseInt(typed.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private final CurrentActor actor;

	PathwayPages(ChildLevels levels, CurrentActor actor) {
		this.levels = levels;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/pathway")
	String pathway(@PathVariable UUID childId, Model model) {
		ChildLevels.PathwayView view = levels.view(actor.get(), childId);
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("levels", levels.levels());
		model.addAttribute("mayStepDown", ChildLevels.mayStepDown(actor.get())
				&& view.current().flatMap(d -> levels.levels().find(d.levelCode())).map(LevelOfNeed::statutory).orElse(false));
		model.addAttribute("earlyHelpNow",
				view.current().flatMap(d -> levels.levels().find(d.levelCode())).map(LevelOfNeed::earlyHelp).orElse(false));
		return PATHWAY;
	}

	@GetMapping("/children/{childId}/level-decisions/new")
	String decideForm(@PathVariable UUID childId, Model model) {
		ChildSummary child = levels.admit(actor.get(), childId, "level decision form");
		LevelSuggestion.Suggestion suggestion = levels.suggest(childId);
		return decide(model, child, suggestion, suggestion.level().code(), null, null, new FormErrors());
	}

	@PostMapping("/children/{childId}/level-decisions/new")
	String decide(@PathVariable UUID childId, @RequestParam(required = false) String level,
			@RequestParam(required = false) String rationale, @RequestParam(required = false) String differentReason,
			Model model, RedirectAttributes redirect) {
		try {
			LevelDecision decided = levels.decide(actor.get(), childId, level, rationale, differentReason);
			redirect.addFlashAttribute("success", "Level of need recorded: " + levels.levels().require(decided.levelCode()).name());
			return "redirect:/children/" + childId + "/pathway";
		}
		catch (InvalidInput ex) {
			return decide(model, levels.child(childId), levels.suggest(childId), level, rationale, differentReason,
					problems(ex));
		}
	}

	private String decide(Model model, ChildSummary child, LevelSuggestion.Suggestion suggestion, String level,
			String rationale, String differentReason, FormErrors errors) {
		model.addAttribute("child", child);
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("options", Option.levels(levels.levels().levels()));
		model.addAttribute("level", level);
		model.addAttribute("rationale", rationale);
		model.addAttribute("differentReason", differentReason);
		model.addAttribute("errors", errors);
		return DECIDE;
	}

	@GetMapping("/level-decisions/{id}/countersign")
	String countersignForm(@PathVariable UUID id, Model model) {
		return countersign(model, levels.read(actor.get(), id), null, new FormErrors());
	}

	@PostMapping("/level-decisions/{id}/countersign")
	String countersign(@PathVariable UUID id, @RequestParam(required = false) String note, @RequestParam(required = false) String version,
			Model model, RedirectAttributes redirect) {
		LevelDecision decided;
		try {
			decided = levels.countersign(actor.get(), id, version(version), note);
		}
		catch (InvalidInput ex) {
			return countersign(model, levels.read(actor.get(), id), note, problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return countersign(model, levels.read(actor.get(), id), note, new FormErrors().reject("note", STALE));
		}
		redirect.addFlashAttribute("success", "Level of need countersigned");
		return "redirect:/children/" + decided.childId() + "/pathway";
	}

	private String countersign(Model model, LevelDecision decision, String note, FormErrors errors) {
		model.addAttribute("decision", decision);
		model.addAttribute("child", levels.child(decision.childId()));
		model.addAttribute("levels", levels.levels());
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		return COUNTERSIGN;
	}

	@GetMapping("/children/{childId}/step-down")
	String stepDownForm(@PathVariable UUID childId, Model model) {
		ChildSummary child = levels.admit(actor.get(), childId, "step-down form");
		return stepDown(model, child, null, null, new FormErrors());
	}

	@PostMapping("/children/{childId}/step-down")
	String stepDown(@PathVariable UUID childId, @RequestParam(required = false) String level,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			levels.stepDown(actor.get(), childId, level, reason);
		}
		catch (InvalidInput ex) {
			return stepDown(model, levels.child(childId), level, reason, problems(ex));
		}
		redirect.addFlashAttribute("success", "Stepped down to early help");
		return "redirect:/children/" + childId + "/pathway";
	}

	private String stepDown(Model model, ChildSummary child, String level, String reason, FormErrors errors) {
		model.addAttribute("child", child);
		model.addAttribute("options",
				Option.levels(levels.levels().levels().stream().filter(LevelOfNeed::earlyHelp).toList()));
		model.addAttribute("current", levels.currentLevel(child.id()).orElse(null));
		model.addAttribute("hasPlan", levels.hasAcceptedEarlyHelpPlan(child.id()));
		model.addAttribute("level", level);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return STEP_DOWN;
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}
}
