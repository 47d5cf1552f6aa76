package org.seen.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.people.ChildSummary;
import org.seen.web.DateInput;
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
 * Starting an assessment, its overview (a task list of the items), who took part, copying the
 * household items from a sibling, completing and countersigning.
 */
@Controller
class AssessmentPages {

	static final String LIST = "assessment/list";

	static final String START = "assessment/start";

	static final String OVERVIEW = "assessment/overview";

	static final String PRESENT = "assessment/present";

	static final String COPY = "assessment/copy";

	static final String COUNTERSIGN = "assessment/countersign";

	static final String STALE = "Someone else changed this assessment while you were working on it. "
			+ "Check what it says now and make your change again.";

	private final ChildAssessments assessments;

	private final ChildVoices voices;

	private final CurrentActor actor;

	AssessmentPages(ChildAssessments assessments, ChildVoices voices, CurrentActor actor) {
		this.assessments = assessments;
		this.voices = voices;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/assessments")
	String list(@PathVariable UUID childId, Model model) {
		List<AssessmentView> all = assessments.ofChild(actor.get(), childId);
		model.addAttribute("child", assessments.child(childId));
		model.addAttribute("assessments", all);
		model.addAttribute("tools", assessments.toolsFor(actor.get()));
		return LIST;
	}

	@GetMapping("/children/{childId}/assessments/new")
	String startForm(@PathVariable UUID childId, Model model) {
		ChildSummary child = assessments.admit(actor.get(), childId);
		List<org.seen.assessment.Tool> tools = assessments.toolsFor(actor.get());
		return start(model, child, tools.size() == 1 ? tools.get(0).id() : null, DateInput.of(assessments.today()),
				new FormErrors());
	}

	@PostMapping("/children/{childId}/assessments/new")
	String start(@PathVariable UUID childId, @RequestParam(required = false) String tool,
			@RequestParam(required = false) String assessedOnDay, @RequestParam(required = false) String assessedOnMonth,
			@RequestParam(required = false) String assessedOnYear, Model model) {
		DateInput date = new DateInput(assessedOnDay, assessedOnMonth, assessedOnYear);
		FormErrors errors = new FormErrors();
		var assessedOn = date.parse("assessedOn", "Date of the assessment", errors);
		if (errors.any()) {
			return start(model, assessments.admit(actor.get(), childId), tool, date, errors);
		}
		try {
			AssessmentView started = assessments.start(actor.get(), childId, tool, assessedOn);
			return "redirect:/assessments/" + started.assessment().id() + "/present";
		}
		catch (InvalidInput ex) {
			return start(model, assessments.admit(actor.get(), childId), tool, date, problems(ex));
		}
	}

	private String start(Model model, ChildSummary child, String tool, DateInput date, FormErrors errors) {
		model.addAttribute("child", child);
		model.addAttribute("tools", assessments.toolsFor(actor.get()));
		model.addAttribute("tool", tool);
		model.addAttribute("assessedOn", date);
		model.addAttribute("errors", errors);
		return START;
	}

	@GetMapping("/assessments/{id}")
	String overview(@PathVariable UUID id, Model model) {
		return overview(model, assessments.read(actor.get(), id), new FormErrors());
	}

	private String overview(Model model, AssessmentView view, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("adults", assessments.adults(view.child().id()));
		model.addAttribute("siblingAssessments", view.assessment().draft()
				? assessments.siblingAssessments(actor.get(), view.child().id()) : List.of());
		model.addAttribute("voices", voices.ofAssessment(view.assessment().id()));
		model.addAttribute("comparison", assessments.comparison(view).orElse(null));
		model.addAttribute("errors", errors);
		return OVERVIEW;
	}

	@GetMapping("/assessments/{id}/present")
	String presentForm(@PathVariable UUID id, Model model) {
		AssessmentView view = assessments.read(actor.get(), id);
		return present(model, view, view.assessment().present(), view.assessment().othersPresent(), new FormErrors());
	}

	@PostMapping("/assessments/{id}/present")
	String present(@PathVariable UUID id, @RequestParam(required = false) List<UUID> present,
			@RequestParam(required = false) String othersPresent, @RequestParam int version, Model model) {
		List<UUID> chosen = present == null ? List.of() : present;
		try {
			assessments.setPresent(actor.get(), id, version, chosen, othersPresent);
			return "redirect:/assessments/" + id;
		}
		catch (InvalidInput ex) {
			return present(model, assessments.read(actor.get(), id), chosen, othersPresent, problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			AssessmentView now = assessments.read(actor.get(), id);
			return present(model, now, now.assessment().present(), now.assessment().othersPresent(),
					new FormErrors().reject("stale", STALE));
		}
	}

	private String present(Model model, AssessmentView view, List<UUID> chosen, String others, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("adults", assessments.adults(view.child().id()));
		model.addAttribute("chosen", chosen);
		model.addAttribute("othersPresent", others);
		model.addAttribute("errors", errors);
		return PRESENT;
	}

	@GetMapping("/assessments/{id}/copy")
	String copyForm(@PathVariable UUID id, Model model) {
		return copy(model, assessments.read(actor.get(), id), new FormErrors());
	}

	@PostMapping("/assessments/{id}/copy")
	String copy(@PathVariable UUID id, @RequestParam(required = false) UUID source, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		try {
			assessments.copyFromSibling(actor.get(), id, version, source);
		}
		catch (InvalidInput ex) {
			return copy(model, assessments.read(actor.get(), id), problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return copy(model, assessments.read(actor.get(), id), new FormErrors().reject("stale", STALE));
		}
		redirect.addFlashAttribute("success", "Household items copied. Check each one and change what is different for this child.");
		return "redirect:/assessments/" + id;
	}

	private String copy(Model model, AssessmentView view, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("siblingAssessments", assessments.siblingAssessments(actor.get(), view.child().id()));
		model.addAttribute("errors", errors);
		return COPY;
	}

	@PostMapping("/assessments/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam int version, Model model, RedirectAttributes redirect) {
		try {
			assessments.complete(actor.get(), id, version);
		}
		catch (InvalidInput ex) {
			return overview(model, assessments.read(actor.get(), id), problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return overview(model, assessments.read(actor.get(), id), new FormErrors().reject("stale", STALE));
		}
		redirect.addFlashAttribute("success", "Assessment completed and signed off");
		return "redirect:/assessments/" + id;
	}

	@GetMapping("/assessments/{id}/countersign")
	String countersignForm(@PathVariable UUID id, Model model) {
		return countersign(model, assessments.read(actor.get(), id), null, new FormErrors());
	}

	@PostMapping("/assessments/{id}/countersign")
	String countersign(@PathVariable UUID id, @RequestParam(required = false) String note, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		try {
			assessments.countersign(actor.get(), id, version, note);
		}
		catch (InvalidInput ex) {
			return countersign(model, assessments.read(actor.get(), id), note, problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return countersign(model, assessments.read(actor.get(), id), note, new FormErrors().reject("stale", STALE));
		}
		redirect.addFlashAttribute("success", "Assessment countersigned");
		return "redirect:/assessments/" + id;
	}

	private String countersign(Model model, AssessmentView view, String note, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		return COUNTERSIGN;
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}
}
