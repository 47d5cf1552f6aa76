package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a review meeting: attendance, progress on each outcome with the linked item graded
 * again, the child's voice, the family's view, decisions and the next review; and reading one.
 */
@Controller
class ReviewPages {

	static final String NEW = "plans/review-new";

	static final String REVIEW = "plans/review";

	private final ChildPlans plans;

	private final CurrentActor actor;

	ReviewPages(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	@GetMapping("/plans/{id}/reviews/new")
	String newForm(@PathVariable UUID id, Model model) {
		PlanView view = plans.read(actor.get(), id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", String.valueOf(view.plan().version()));
		return show(model, view, form, DateInput.of(plans.today()), DateInput.of(null), new FormErrors());
	}

	@PostMapping("/plans/{id}/reviews/new")
	String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		PlanView view = plans.read(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput held = PlanForms.date(form, "heldOn");
		DateInput next = PlanForms.date(form, "nextReviewOn");
		LocalDate heldOn = held.parse("heldOn", "Date of the review", errors);
		LocalDate nextOn = next.parse("nextReviewOn", "Next review date", errors);
		Map<UUID, Entries.OutcomeProgress> progress = new HashMap<>();
		for (Outcome outcome : view.outcomes()) {
			String key = outcome.id().toString();
			progress.put(outcome.id(), new Entries.OutcomeProgress(form.getFirst("progress-" + key),
					PlanForms.number(form.getFirst("grade-" + key)), form.getFirst("note-" + key)));
		}
		Integer version = PlanForms.number(form.getFirst("version"));
		try {
			if (!errors.any()) {
				plans.review(actor.get(), id, version == null ? -1 : version,
						new Entries.NewReview(heldOn, PlanForms.ids(form.get("attendees")), progress,
								form.getFirst("childVoice"), form.getFirst("childVoiceMissingReason"),
								form.getFirst("familyView"), form.getFirst("goingWell"), form.getFirst("decisions"),
								nextOn));
				redirect.addFlashAttribute("success", "Review recorded. The next review is on the plan.");
				return "redirect:/plans/" + id + "#reviews";
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			PlanView now = plans.read(actor.get(), id);
			form.set("version", String.valueOf(now.plan().version()));
			return show(model, now, form, held, next, new FormErrors().reject("heldOn", ChildPlans.STALE));
		}
		return show(model, view, form, held, next, errors);
	}

	private String show(Model model, PlanView view, MultiValueMap<String, String> form, DateInput held, DateInput next,
			FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("form", form);
		model.addAttribute("attendees", form.get("attendees") == null ? List.of() : form.get("attendees"));
		model.addAttribute("heldOn", held);
		model.addAttribute("nextReviewOn", next);
		model.addAttribute("interval", plans.settings().reviewIntervalWeeks());
		model.addAttribute("directions", Review.Direction.values());
		model.addAttribute("errors", errors);
		return NEW;
	}

	@GetMapping("/plans/{id}/reviews/{reviewId}")
	String review(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
		PlanView view = plans.read(actor.get(), id);
		Review review = view.reviews().stream().filter(r -> r.id().equals(reviewId)).findFirst()
			.orElseThrow(RecordNotFound::new);
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("review", review);
		return REVIEW;
	}
}
