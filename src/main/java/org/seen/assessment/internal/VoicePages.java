package org.seen.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
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

/** The child's voice: everything recorded of it, and recording it. */
@Controller
class VoicePages {

	static final String LIST = "assessment/voice";

	static final String FORM = "assessment/voice-form";

	private final ChildVoices voices;

	private final ChildAssessments assessments;

	private final CurrentActor actor;

	VoicePages(ChildVoices voices, ChildAssessments assessments, CurrentActor actor) {
		this.voices = voices;
		this.assessments = assessments;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/voice")
	String list(@PathVariable UUID childId, Model model) {
		model.addAttribute("voices", voices.ofChild(actor.get(), childId));
		model.addAttribute("child", assessments.child(childId));
		return LIST;
	}

	@GetMapping("/children/{childId}/voice/new")
	String form(@PathVariable UUID childId, @RequestParam(required = false) UUID assessment, Model model) {
		assessments.admit(actor.get(), childId);
		VoiceForm form = new VoiceForm();
		form.setAssessment(assessment);
		DateInput today = DateInput.of(assessments.today());
		form.setGatheredOnDay(today.day());
		form.setGatheredOnMonth(today.month());
		form.setGatheredOnYear(today.year());
		return form(model, childId, form, new FormErrors());
	}

	@PostMapping("/children/{childId}/voice/new")
	String record(@PathVariable UUID childId, VoiceForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		VoiceEntry entry = form.entry(errors, assessments.today());
		if (errors.any()) {
			assessments.admit(actor.get(), childId);
			return form(model, childId, form, errors);
		}
		try {
			voices.record(actor.get(), childId, entry, form.getAssessment());
		}
		catch (InvalidInput ex) {
			return form(model, childId, form, AssessmentPages.problems(ex));
		}
		redirect.addFlashAttribute("success", "The child's voice has been recorded");
		return form.getAssessment() != null ? "redirect:/assessments/" + form.getAssessment()
				: "redirect:/children/" + childId + "/voice";
	}

	private String form(Model model, UUID childId, VoiceForm form, FormErrors errors) {
		model.addAttribute("child", assessments.child(childId));
		model.addAttribute("form", form);
		model.addAttribute("kinds", VoiceKind.values());
		AssessmentView linked = null;
		if (form.getAssessment() != null) {
			linked = assessments.read(actor.get(), form.getAssessment());
			if (!linked.child().id().equals(childId)) {
				throw new org.seen.access.RecordNotFound();
			}
		}
		model.addAttribute("linked", linked);
		model.addAttribute("chosenItems", form.getItemIds() == null ? List.of() : form.getItemIds());
		model.addAttribute("errors", errors.inOrder("kind", "gatheredOn", "words", "worries", "goodThings", "wishes",
				"observed", "notGatheredReason", "howGathered", "itemIds"));
		return FORM;
	}
}
