package org.seen.strategy.internal.learning;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.learning.Register.EvidenceEntry;
import org.seen.strategy.internal.learning.Register.Filter;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.seen.strategy.internal.learning.Register.RecommendationEntry;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.strategy.internal.learning.Register.ReviewEntry;
import org.seen.strategy.internal.learning.Register.Theme;
import org.seen.web.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Learning from reviews for integrations and the partnership's own tools, over the same service as the pages. */
@RestController
@Tag(name = "Learning from reviews", description = "The register of reviews, their themes, recommendations, cross references to the strategy and evidence of change")
class LearningApi {

	private final LearningRegister register;

	private final CurrentActor actor;

	LearningApi(LearningRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping("/api/v1/strategy/learning/reviews")
	@Operation(summary = "The register of reviews, optionally filtered by kind, theme id, or the status of a recommendation")
	List<ReviewJson> reviews(@RequestParam(required = false) String kind, @RequestParam(required = false) UUID theme,
			@RequestParam(required = false) String status) {
		Filter filter = new Filter(code(ReviewKind.class, kind, "kind"), theme,
				code(RecommendationStatus.class, status, "status"));
		return register.register(actor.get(), filter).stream().map(ReviewJson::of).toList();
	}

	@GetMapping("/api/v1/strategy/learning/reviews/{id}")
	@Operation(summary = "A review with its themes, recommendations, cross references and evidence of change")
	ReviewJson review(@PathVariable UUID id) {
		return ReviewJson.of(register.review(actor.get(), id));
	}

	@PostMapping("/api/v1/strategy/learning/reviews")
	@Operation(summary = "Add a review: kind (LOCAL_CSPR, NATIONAL_REVIEW, RAPID_REVIEW, SAFEGUARDING_ADULTS_REVIEW, MULTI_AGENCY_AUDIT, OTHER_SCRUTINY), scope (LOCAL or NATIONAL), title, publishedBy, publishedOn, summary, link and themeIds (themes in use)")
	ResponseEntity<ReviewJson> addReview(@RequestBody(required = false) ReviewRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		ReviewRequest request = sent != null ? sent : ReviewRequest.EMPTY;
		Review added = register.addReview(actor.get(), request.entry());
		return ResponseEntity.created(URI.create("/api/v1/strategy/learning/reviews/" + added.id()))
			.body(ReviewJson.of(added));
	}

	@PutMapping("/api/v1/strategy/learning/reviews/{id}")
	@Operation(summary = "Change a review; send its version to refuse a stale edit (409)")
	ReviewJson changeReview(@PathVariable UUID id, @RequestBody(required = false) ReviewRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		ReviewRequest request = sent != null ? sent : ReviewRequest.EMPTY;
		LearningRoles.requireEditor(actor.get());
		return ReviewJson.of(register.changeReview(actor.get(), id, required(request.version(), "review"),
				request.entry()));
	}

	@PostMapping("/api/v1/strategy/learning/reviews/{id}/recommendations")
	@Operation(summary = "Add a recommendation: text, ownerName, ownerAgencyId, dueOn, status (NOT_STARTED, IN_PROGRESS, COMPLETE, NOT_ACCEPTED with notAcceptedReason), allAims or aimIds, and itemIds")
	ResponseEntity<RecommendationJson> addRecommendation(@PathVariable UUID id,
			@RequestBody(required = false) RecommendationRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		RecommendationRequest request = sent != null ? sent : RecommendationRequest.EMPTY;
		Recommendation added = register.addRecommendation(actor.get(), id, request.entry());
		return ResponseEntity.created(URI.create("/api/v1/strategy/learning/recommendations/" + added.id()))
			.body(RecommendationJson.of(added));
	}

	@GetMapping("/api/v1/strategy/learning/recommendations/{id}")
	@Operation(summary = "A recommendation with its cross references and evidence of change")
	RecommendationJson recommendation(@PathVariable UUID id) {
		return RecommendationJson.of(register.recommendation(actor.get(), id));
	}

	@PutMapping("/api/v1/strategy/learning/recommendations/{id}")
	@Operation(summary = "Change a recommendation, its status and its cross references; send its version to refuse a stale edit (409)")
	RecommendationJson changeRecommendation(@PathVariable UUID id, @RequestBody(required = false) RecommendationRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		RecommendationRequest request = sent != null ? sent : RecommendationRequest.EMPTY;
		LearningRoles.requireEditor(actor.get());
		return RecommendationJson.of(register.changeRecommendation(actor.get(), id,
				required(request.version(), "recommendation"), request.entry()));
	}

	@PostMapping("/api/v1/strategy/learning/recommendations/{id}/evidence")
	@Operation(summary = "Record evidence of what changed: changedOn, whatChanged and an optional link; evidence is never edited")
	ResponseEntity<RecommendationJson> addEvidence(@PathVariable UUID id, @RequestBody(required = false) EvidenceRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		EvidenceRequest request = sent != null ? sent : EvidenceRequest.EMPTY;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(RecommendationJson.of(register.addEvidence(actor.get(), id,
					new EvidenceEntry(request.changedOn(), request.whatChanged(), request.link()))));
	}

	@GetMapping("/api/v1/strategy/learning/cross-references")
	@Operation(summary = "Every recommendation with the aims and action plan items it serves (Recommendation | Cross Ref)")
	List<RecommendationJson> crossReferences() {
		return register.crossReferences(actor.get(), false).stream().map(RecommendationJson::of).toList();
	}

	@GetMapping("/api/v1/strategy/learning/themes")
	@Operation(summary = "Every theme, retired ones too, with the reviews that have it and their open recommendations (1 to 4 withheld as \"c\")")
	List<ThemeJson> themes() {
		return register.themeCounts(actor.get())
			.stream()
			.map(c -> new ThemeJson(c.theme().id(), c.theme().name(), c.theme().retired(), c.theme().version(),
					LearningReport.figure(c.reviews()), LearningReport.figure(c.openRecommendations())))
			.toList();
	}

	@PostMapping("/api/v1/strategy/learning/themes")
	@Operation(summary = "Add a theme to the list")
	ResponseEntity<ThemeJson> addTheme(@RequestBody(required = false) ThemeRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		ThemeRequest request = sent != null ? sent : ThemeRequest.EMPTY;
		Theme theme = register.addTheme(actor.get(), request.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(ThemeJson.of(theme));
	}

	@PutMapping("/api/v1/strategy/learning/themes/{id}")
	@Operation(summary = "Rename a theme or retire it (retired: true); send its version to refuse a stale edit (409)")
	ThemeJson changeTheme(@PathVariable UUID id, @RequestBody(required = false) ThemeRequest sent) {
		// a missing body is checked like an empty one, so a reader is refused (403) before anything is read
		ThemeRequest request = sent != null ? sent : ThemeRequest.EMPTY;
		LearningRoles.requireEditor(actor.get());
		return ThemeJson.of(register.changeTheme(actor.get(), id, required(request.version(), "theme"), request.name(),
				Boolean.TRUE.equals(request.retired())));
	}

	private static int required(Integer version, String of) {
		if (version == null) {
			throw new InvalidInput("version", "Send the version of the " + of + " you are changing");
		}
		return version;
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(field, "is not a known " + field);
		}
	}

	/** Refused by role: 403, saying why. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Forbidden");
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	record ReviewRequest(String kind, String scope, String title, String publishedBy, LocalDate publishedOn,
			String summary, String link, List<UUID> themeIds, Integer version) {

		static final ReviewRequest EMPTY = new ReviewRequest(null, null, null, null, null, null, null, null, null);

		ReviewEntry entry() {
			return new ReviewEntry(kind, scope, title, publishedBy, publishedOn, summary, link,
					themeIds == null ? List.of() : themeIds);
		}
	}

	record RecommendationRequest(String text, String ownerName, UUID ownerAgencyId, LocalDate dueOn, String status,
			String notAcceptedReason, Boolean allAims, List<UUID> aimIds, List<UUID> itemIds, Integer version) {

		static final RecommendationRequest EMPTY = new RecommendationRequest(null, null, null, null, null, null, null,
				null, null, null);

		RecommendationEntry entry() {
			return new RecommendationEntry(text, ownerName, ownerAgencyId, dueOn, status, notAcceptedReason,
					Boolean.TRUE.equals(allAims), aimIds == null ? List.of() : aimIds,
					itemIds == null ? List.of() : itemIds);
		}
	}

	record EvidenceRequest(LocalDate changedOn, String whatChanged, String link) {

		static final EvidenceRequest EMPTY = new EvidenceRequest(null, null, null);
	}

	record ThemeRequest(String name, Boolean retired, Integer version) {

		static final ThemeRequest EMPTY = new ThemeRequest(null, null, null);
	}

	record ThemeJson(UUID id, String name, boolean retired, int version, String reviews, String openRecommendations) {

		static ThemeJson of(Theme theme) {
			return new ThemeJson(theme.id(), theme.name(), theme.retired(), theme.version(), null, null);
		}
	}

	record ReviewJson(UUID id, String kind, String scope, String title, String publishedBy, LocalDate publishedOn,
			String summary, String link, List<ThemeJson> themes, List<RecommendationJson> recommendations,
			int version) {

		static ReviewJson of(Review r) {
			return new ReviewJson(r.id(), r.kind().name(), r.scope().name(), r.title(), r.publishedBy(), r.publishedOn(),
					r.summary(), r.link(), r.themes().stream().map(ThemeJson::of).toList(),
					r.recommendations().stream().map(RecommendationJson::of).toList(), r.version());
		}
	}

	record CrossReferenceJson(UUID id, String reference, String title) {
	}

	record EvidenceJson(UUID id, LocalDate changedOn, String whatChanged, String link) {
	}

	record RecommendationJson(UUID id, UUID reviewId, int number, String text, String ownerName, UUID ownerAgencyId,
			String ownerAgencyName, LocalDate dueOn, String status, String notAcceptedReason, boolean allAims,
			List<CrossReferenceJson> aims, List<CrossReferenceJson> items, String crossReference,
			List<EvidenceJson> evidence, int version) {

		static RecommendationJson of(Recommendation r) {
			return new RecommendationJson(r.id(), r.reviewId(), r.position(), r.text(), r.ownerName(), r.ownerAgencyId(),
					r.ownerAgencyName(), r.dueOn(), r.status().name(), r.notAcceptedReason(), r.allAims(),
					r.aims().stream().map(a -> new CrossReferenceJson(a.id(), a.reference(), a.statement())).toList(),
					r.items().stream().map(i -> new CrossReferenceJson(i.id(), i.reference(), i.title())).toList(),
					r.crossReference(),
					r.evidence().stream().map(e -> new EvidenceJson(e.id(), e.changedOn(), e.whatChanged(), e.link())).toList(),
					r.version());
		}
	}
}
