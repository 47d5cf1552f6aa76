package org.seen.strategy.internal.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.agencies.Practitioners;
import org.seen.strategy.internal.learning.Register.EvidenceEntry;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.seen.strategy.internal.learning.Register.RecommendationEntry;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a recommendation to a review, changing how it stands and what it serves, and recording evidence of change. */
@Controller
class LearningRecommendationPages {

	static final String FORM = "strategy/learning/recommendation-form";

	static final String EVIDENCE = "strategy/learning/evidence-form";

	static final String[] ORDER = { "text", "ownerName", "ownerAgencyId", "dueOn", "status", "notAcceptedReason",
			"aims", "items" };

	private final LearningRegister register;

	private final Practitioners practitioners;

	private final CurrentActor actor;

	LearningRecommendationPages(LearningRegister register, Practitioners practitioners, CurrentActor actor) {
		this.register = register;
		this.practitioners = practitioners;
		this.actor = actor;
	}

	@GetMapping("/strategy/learning/reviews/{id}/recommendations/new")
	String newForm(@PathVariable UUID id, Model model) {
		LearningRoles.requireEditor(actor.get());
		Review review = register.review(actor.get(), id);
		return form(model, review, null,
				new RecommendationEntry("", "", null, null, RecommendationStatus.NOT_STARTED.name(), "", false, List.of(),
						List.of()),
				DateInput.of(null), -1, new FormErrors());
	}

	@PostMapping("/strategy/learning/reviews/{id}/recommendations/new")
	String add(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		LearningRoles.requireEditor(actor.get());
		Review review = register.review(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput due = LearningForms.date(form, "dueOn");
		RecommendationEntry entry = entry(form, due.parse("dueOn", "Due date", errors));
		try {
			if (errors.any()) {
				register.check(entry);
				return form(model, review, null, entry, due, -1, errors);
			}
			register.addRecommendation(actor.get(), id, entry);
			redirect.addFlashAttribute("success", "Recommendation added");
			return "redirect:/strategy/learning/reviews/" + id + "#recommendations";
		}
		catch (InvalidInput ex) {
			return form(model, review, null, entry, due, -1, LearningForms.merge(errors, ex, ORDER));
		}
	}

	@GetMapping("/strategy/learning/recommendations/{id}/change")
	String changeForm(@PathVariable UUID id, Model model) {
		LearningRoles.requireEditor(actor.get());
		Recommendation recommendation = register.recommendation(actor.get(), id);
		return form(model, register.review(actor.get(), recommendation.reviewId()), recommendation,
				entry(recommendation), DateInput.of(recommendation.dueOn()), recommendation.version(), new FormErrors());
	}

	@PostMapping("/strategy/learning/recommendations/{id}/change")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		LearningRoles.requireEditor(actor.get());
		Recommendation current = register.recommendation(actor.get(), id);
		Review review = register.review(actor.get(), current.reviewId());
		FormErrors errors = new FormErrors();
		DateInput due = LearningForms.date(form, "dueOn");
		RecommendationEntry entry = entry(form, due.parse("dueOn", "Due date", errors));
		int version = LearningForms.version(form.getFirst("version"));
		try {
			if (errors.any()) {
				register.check(entry);
				return form(model, review, current, entry, due, version, errors);
			}
			register.changeRecommendation(actor.get(), id, version, entry);
			redirect.addFlashAttribute("success", "Recommendation " + current.position() + " changed");
			return "redirect:/strategy/learning/reviews/" + review.id() + "#recommendation-" + current.position();
		}
		catch (InvalidInput ex) {
			return form(model, review, current, entry, due, version, LearningForms.merge(errors, ex, ORDER));
		}
		catch (OptimisticLockingFailureException ex) {
			Recommendation now = register.recommendation(actor.get(), id);
			return form(model, review, now, entry, due, now.version(),
					new FormErrors().reject("text", LearningRegister.STALE));
		}
	}

	@GetMapping("/strategy/learning/recommendations/{id}/evidence/new")
	String evidenceForm(@PathVariable UUID id, Model model) {
		LearningRoles.requireEditor(actor.get());
		return evidence(model, register.recommendation(actor.get(), id), "", "", DateInput.of(null), new FormErrors());
	}

	@PostMapping("/strategy/learning/recommendations/{id}/evidence/new")
	String addEvidence(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		LearningRoles.requireEditor(actor.get());
		Recommendation recommendation = register.recommendation(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput changed = LearningForms.date(form, "changedOn");
		LocalDate changedOn = changed.parse("changedOn", "Date of the change", errors);
		String what = form.getFirst("whatChanged");
		String link = form.getFirst("link");
		try {
			// a date that is not a real one reaches the service as none, which it refuses
			register.addEvidence(actor.get(), id, new EvidenceEntry(changedOn, what, link));
			redirect.addFlashAttribute("success", "Evidence of change recorded");
			return "redirect:/strategy/learning/reviews/" + recommendation.reviewId() + "#recommendation-"
					+ recommendation.position();
		}
		catch (InvalidInput ex) {
			return evidence(model, recommendation, what, link, changed,
					LearningForms.merge(errors, ex, "changedOn", "whatChanged", "link"));
		}
	}

	private String evidence(Model model, Recommendation recommendation, String what, String link, DateInput changed,
			FormErrors errors) {
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("whatChanged", what);
		model.addAttribute("link", link);
		model.addAttribute("changedOn", changed);
		model.addAttribute("errors", errors);
		return EVIDENCE;
	}

	private static RecommendationEntry entry(MultiValueMap<String, String> form, LocalDate dueOn) {
		return new RecommendationEntry(form.getFirst("text"), form.getFirst("ownerName"),
				LearningForms.id(form.getFirst("ownerAgencyId")), dueOn, form.getFirst("status"),
				form.getFirst("notAcceptedReason"), "true".equals(form.getFirst("allAims")),
				LearningForms.ids(form.get("aims")), LearningForms.ids(form.get("items")));
	}

	private static RecommendationEntry entry(Recommendation r) {
		return new RecommendationEntry(r.text(), r.ownerName(), r.ownerAgencyId(), r.dueOn(), r.status().name(),
				r.notAcceptedReason(), r.allAims(), r.aims().stream().map(Register.Aim::id).toList(),
				r.items().stream().map(Register.Item::id).toList());
	}

	private String form(Model model, Review review, Recommendation recommendation, RecommendationEntry entry,
			DateInput due, int version, FormErrors errors) {
		model.addAttribute("review", review);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("entry", entry);
		model.addAttribute("dueOn", due);
		model.addAttribute("version", version);
		model.addAttribute("agencies", practitioners.agencies());
		model.addAttribute("statuses", RecommendationStatus.values());
		// the strategy's aims and items now, plus any the recommendation already points at
		java.util.LinkedHashMap<UUID, Register.Aim> aims = new java.util.LinkedHashMap<>();
		register.aimsOffered().forEach(a -> aims.put(a.id(), a));
		java.util.LinkedHashMap<UUID, Register.Item> items = new java.util.LinkedHashMap<>();
		register.itemsOffered().forEach(i -> items.put(i.id(), i));
		if (recommendation != null) {
			recommendation.aims().forEach(a -> aims.putIfAbsent(a.id(), a));
			recommendation.items().forEach(i -> items.putIfAbsent(i.id(), i));
		}
		model.addAttribute("aims", List.copyOf(aims.values()));
		model.addAttribute("items", List.copyOf(items.values()));
		model.addAttribute("errors", errors);
		return FORM;
	}
}
