package org.seen.assessment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.CurrentActor;
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
 * The summary of an assessment: each area's proposed grade and the rule behind it, to confirm or
 * override with a reason; what is going well and what needs to change; the profile chart; and
 * how the child's care has changed since the last assessment. Also the change over time of all
 * a child's assessments with one tool.
 */
@Controller
class SummaryPage {

	static final String SUMMARY = "assessment/summary";

	static final String CHANGE = "assessment/change";

	private final ChildAssessments assessments;

	private final CurrentActor actor;

	SummaryPage(ChildAssessments assessments, CurrentActor actor) {
		this.assessments = assessments;
		this.actor = actor;
	}

	@GetMapping("/assessments/{id}/summary")
	String show(@PathVariable UUID id, Model model) {
		return page(model, assessments.read(actor.get(), id), Map.of(), Map.of(), new FormErrors());
	}

	@PostMapping("/assessments/{id}/summary")
	String confirm(@PathVariable UUID id, @RequestParam Map<String, String> params, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		Map<String, String> grades = new HashMap<>();
		Map<String, String> reasons = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("area-")) {
				grades.put(name.substring(5), value);
			}
			else if (name.startsWith("reason-")) {
				reasons.put(name.substring(7), value);
			}
		});
		Map<String, Integer> numbers = new HashMap<>();
		FormErrors errors = new FormErrors();
		grades.forEach((area, value) -> {
			try {
				numbers.put(area, Integer.valueOf(value.trim()));
			}
			catch (NumberFormatException ex) {
				errors.reject("area-" + area, "Select a grade");
			}
		});
		if (errors.any()) {
			return page(model, assessments.read(actor.get(), id), grades, reasons, errors);
		}
		try {
			assessments.confirmAreas(actor.get(), id, version, numbers, reasons);
		}
		catch (InvalidInput ex) {
			return page(model, assessments.read(actor.get(), id), grades, reasons, AssessmentPages.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return page(model, assessments.read(actor.get(), id), Map.of(), Map.of(),
					new FormErrors().reject("stale", AssessmentPages.STALE));
		}
		redirect.addFlashAttribute("success", "Area grades saved");
		return "redirect:/assessments/" + id;
	}

	private String page(Model model, AssessmentView view, Map<String, String> grades, Map<String, String> reasons,
			FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("chart", ProfileChart.of(view));
		model.addAttribute("comparison", assessments.comparison(view).orElse(null));
		model.addAttribute("enteredGrades", grades);
		model.addAttribute("enteredReasons", reasons);
		model.addAttribute("errors", errors);
		return SUMMARY;
	}

	@GetMapping("/children/{childId}/assessments/change")
	String change(@PathVariable UUID childId, @RequestParam(required = false) String tool, Model model) {
		List<AssessmentView> all = assessments.ofChild(actor.get(), childId);
		String toolId = tool != null ? tool : all.stream().map(v -> v.tool().id()).findFirst().orElse(null);
		List<AssessmentView> history = toolId == null ? List.of() : assessments.history(all, toolId);
		model.addAttribute("child", assessments.child(childId));
		model.addAttribute("history", history);
		model.addAttribute("chart", ChangeChart.of(history));
		return CHANGE;
	}
}
