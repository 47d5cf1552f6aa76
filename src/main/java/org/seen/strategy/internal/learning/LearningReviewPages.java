package org.seen.strategy.internal.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.learning.Register.Filter;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.strategy.internal.learning.Register.ReviewEntry;
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

/** The register of reviews, a review's page, and adding or changing a review. */
@Controller
class LearningReviewPages {

	static final String REGISTER = "strategy/learning/register";

	static final String REVIEW = "strategy/learning/review";

	static final String FORM = "strategy/learning/review-form";

	private final LearningRegister register;

	private final CurrentActor actor;

	LearningReviewPages(LearningRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping("/strategy/learning")
	String register(@RequestParam(required = false) String kind, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String status, Model model) {
		Actor who = actor.get();
		Filter filter = new Filter(code(ReviewKind.class, kind), LearningForms.id(theme),
				code(RecommendationStatus.class, status));
		List<Review> reviews = register.register(who, filter);
		model.addAttribute("reviews", reviews);
		model.addAttribute("filter", filter);
		model.addAttribute("filtered", filter.kind() != null || filter.themeId() != null || filter.status() != null);
		model.addAttribute("kinds", ReviewKind.values());
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("themes", register.allThemes(who));
		model.addAttribute("edits", LearningRoles.edits(who));
		return REGISTER;
	}

	@GetMapping("/strategy/learning/reviews/{id}")
	String review(@PathVariable UUID id, Model model) {
		Actor who = actor.get();
		model.addAttribute("review", register.review(who, id));
		model.addAttribute("today", register.today());
		model.addAttribute("edits", LearningRoles.edits(who));
		return REVIEW;
	}

	@GetMapping("/strategy/learning/reviews/new")
	String newForm(Model model) {
		LearningRoles.requireEditor(actor.get());
		return form(model, null, new ReviewEntry(null, null, "", "", null, "", "", List.of()), DateInput.of(null), -1,
				new FormErrors());
	}

	@PostMapping("/strategy/learning/reviews/new")
	String add(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		LearningRoles.requireEditor(actor.get());
		FormErrors errors = new FormErrors();
		DateInput published = LearningForms.date(form, "publishedOn");
		ReviewEntry entry = entry(form, published.parse("publishedOn", "Date published", errors));
		try {
			// a date that is not a real one reaches the service as none, which it refuses
			Review added = register.addReview(actor.get(), entry);
			redirect.addFlashAttribute("success", "Review added to the register");
			return "redirect:/strategy/learning/reviews/" + added.id();
		}
		catch (InvalidInput ex) {
			errors = LearningForms.merge(errors, ex, ORDER);
		}
		return form(model, null, entry, published, -1, errors);
	}

	@GetMapping("/strategy/learning/reviews/{id}/change")
	String changeForm(@PathVariable UUID id, Model model) {
		LearningRoles.requireEditor(actor.get());
		Review review = register.review(actor.get(), id);
		return form(model, review, entry(review), DateInput.of(review.publishedOn()), review.version(), new FormErrors());
	}

	@PostMapping("/strategy/learning/reviews/{id}/change")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		LearningRoles.requireEditor(actor.get());
		Review current = register.review(actor.get(), id);
		FormErrors errors = new FormErrors();
		DateInput published = LearningForms.date(form, "publishedOn");
		ReviewEntry entry = entry(form, published.parse("publishedOn", "Date published", errors));
		int version = LearningForms.version(form.getFirst("version"));
		try {
			register.changeReview(actor.get(), id, version, entry);
			redirect.addFlashAttribute("success", "Review changed");
			return "redirect:/strategy/learning/reviews/" + id;
		}
		catch (InvalidInput ex) {
			errors = LearningForms.merge(errors, ex, ORDER);
		}
		catch (OptimisticLockingFailureException ex) {
			// show what is stored now, and keep what was typed in the form so nothing is lost
			Review now = register.review(actor.get(), id);
			return form(model, now, entry, published, now.version(),
					new FormErrors().reject("title", LearningRegister.STALE));
		}
		return form(model, current, entry, published, version, errors);
	}

	static final String[] ORDER = { "kind", "scope", "title", "publishedBy", "publishedOn", "summary", "link",
			"themes" };

	private static ReviewEntry entry(MultiValueMap<String, String> form, LocalDate publishedOn) {
		return new ReviewEntry(form.getFirst("kind"), form.getFirst("scope"), form.getFirst("title"),
				form.getFirst("publishedBy"), publishedOn, form.getFirst("summary"), form.getFirst("link"),
				LearningForms.ids(form.get("themes")));
	}

	private static ReviewEntry entry(Review review) {
		return new ReviewEntry(review.kind().name(), review.scope().name(), review.title(), review.publishedBy(),
				review.publishedOn(), review.summary(), review.link(),
				review.themes().stream().map(Register.Theme::id).toList());
	}

	private String form(Model model, Review review, ReviewEntry entry, DateInput published, int version,
			FormErrors errors) {
		model.addAttribute("review", review);
		model.addAttribute("entry", entry);
		model.addAttribute("publishedOn", published);
		model.addAttribute("version", version);
		model.addAttribute("kinds", ReviewKind.values());
		model.addAttribute("scopes", ReviewKind.Scope.values());
		model.addAttribute("themes", register.themesOffered(review));
		model.addAttribute("errors", errors);
		return FORM;
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
