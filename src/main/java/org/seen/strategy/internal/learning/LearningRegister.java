package org.seen.strategy.internal.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.RecordNotFound;
import org.seen.strategy.internal.learning.Register.Aim;
import org.seen.strategy.internal.learning.Register.EvidenceEntry;
import org.seen.strategy.internal.learning.Register.Filter;
import org.seen.strategy.internal.learning.Register.Item;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.seen.strategy.internal.learning.Register.RecommendationEntry;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.strategy.internal.learning.Register.ReviewEntry;
import org.seen.strategy.internal.learning.Register.Theme;
import org.seen.strategy.internal.learning.Register.ThemeCount;
import org.seen.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of reviews the partnership learns from: who may read and change it, the rules a
 * review, a recommendation and its evidence must meet, and the audit of every read and change.
 * The pages and the API both come through here.
 */
@Service
class LearningRegister {

	static final String STALE = "Someone else changed this since you opened it. Check the details shown now and make your change again.";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final LearningReviews reviews;

	private final AuditTrail audit;

	private final Clock clock;

	LearningRegister(LearningReviews reviews, AuditTrail audit, Clock clock) {
		this.reviews = reviews;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	// --- reading

	@Transactional
	List<Review> register(Actor actor, Filter filter) {
		LearningRoles.requireReader(actor);
		audit.record(actor, AuditAction.SEARCH, "LEARNING_REVIEW", null, null, "Register of reviews");
		return reviews.reviews(filter);
	}

	@Transactional
	Review review(Actor actor, UUID id) {
		LearningRoles.requireReader(actor);
		Review review = reviews.review(id).orElseThrow(RecordNotFound::new);
		audit.record(actor, AuditAction.VIEW, "LEARNING_REVIEW", id, null, "Review");
		return review;
	}

	@Transactional
	Recommendation recommendation(Actor actor, UUID id) {
		LearningRoles.requireReader(actor);
		Recommendation recommendation = reviews.recommendation(id).orElseThrow(RecordNotFound::new);
		audit.record(actor, AuditAction.VIEW, "LEARNING_RECOMMENDATION", id, null, "Recommendation");
		return recommendation;
	}

	@Transactional
	List<Recommendation> crossReferences(Actor actor, boolean export) {
		LearningRoles.requireReader(actor);
		audit.record(actor, export ? AuditAction.EXPORT : AuditAction.VIEW, "LEARNING_CROSS_REFERENCE", null, null,
				export ? "Cross references of recommendations (XLSX)" : "Cross references of recommendations");
		return reviews.allRecommendations();
	}

	@Transactional
	List<ThemeCount> themeCounts(Actor actor) {
		LearningRoles.requireReader(actor);
		audit.record(actor, AuditAction.VIEW, "LEARNING_THEME", null, null, "Themes of reviews");
		return reviews.themeCounts();
	}

	/** The themes a reader may filter by: all of them, retired ones too, since old reviews carry them. */
	List<Theme> allThemes(Actor actor) {
		LearningRoles.requireReader(actor);
		return reviews.themes(true);
	}

	/** The themes offered for a review: those in use, and any retired ones it already has. */
	List<Theme> themesOffered(Review review) {
		List<Theme> offered = new ArrayList<>(reviews.themes(false));
		if (review != null) {
			review.themes().stream().filter(Theme::retired).forEach(offered::add);
		}
		return offered;
	}

	List<Aim> aimsOffered() {
		return reviews.currentAims();
	}

	List<Item> itemsOffered() {
		return reviews.currentItems();
	}

	// --- themes

	@Transactional
	Theme addTheme(Actor actor, String name) {
		LearningRoles.requireEditor(actor);
		FormErrors errors = new FormErrors();
		String clean = themeName(name, null, errors);
		errors.throwIfAny();
		UUID id = UUID.randomUUID();
		reviews.addTheme(id, clean, clock.instant());
		audit.record(actor, AuditAction.CREATE, "LEARNING_THEME", id, null, "Theme added");
		return reviews.theme(id).orElseThrow();
	}

	@Transactional
	Theme changeTheme(Actor actor, UUID id, int version, String name, boolean retired) {
		LearningRoles.requireEditor(actor);
		reviews.theme(id).orElseThrow(RecordNotFound::new);
		FormErrors errors = new FormErrors();
		String clean = themeName(name, id, errors);
		errors.throwIfAny();
		if (reviews.changeTheme(id, version, clean, retired) != 1) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(actor, AuditAction.CHANGE, "LEARNING_THEME", id, null, retired ? "Theme retired" : "Theme changed");
		return reviews.theme(id).orElseThrow();
	}

	private String themeName(String name, UUID except, FormErrors errors) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			errors.reject("name", "Enter the theme");
		}
		else if (clean.length() > 120) {
			errors.reject("name", "Theme must be 120 characters or fewer");
		}
		else if (reviews.themeNamed(clean, except)) {
			errors.reject("name", "There is already a theme called ‘" + clean + "’");
		}
		return clean;
	}

	// --- reviews

	@Transactional
	Review addReview(Actor actor, ReviewEntry entry) {
		LearningRoles.requireEditor(actor);
		Checked checked = check(entry, null);
		UUID id = UUID.randomUUID();
		reviews.addReview(id, checked.kind(), checked.scope(), checked.entry(), clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CREATE, "LEARNING_REVIEW", id, null, "Review added to the register");
		return reviews.review(id).orElseThrow();
	}

	@Transactional
	Review changeReview(Actor actor, UUID id, int version, ReviewEntry entry) {
		LearningRoles.requireEditor(actor);
		Review current = reviews.review(id).orElseThrow(RecordNotFound::new);
		Checked checked = check(entry, current);
		if (reviews.changeReview(id, version, checked.kind(), checked.scope(), checked.entry()) != 1) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(actor, AuditAction.CHANGE, "LEARNING_REVIEW", id, null, "Review changed");
		return reviews.review(id).orElseThrow();
	}

	private record Checked(ReviewKind kind, ReviewKind.Scope scope, ReviewEntry entry) {
	}

	private Checked check(ReviewEntry entry, Review current) {
		FormErrors errors = new FormErrors();
		ReviewKind kind = code(ReviewKind.class, entry.kind(), "kind", "Select the kind of review", errors);
		ReviewKind.Scope scope = code(ReviewKind.Scope.class, entry.scope(), "scope",
				"Select whether the review is local or national", errors);
		String title = entry.title() == null ? "" : entry.title().strip();
		if (title.isEmpty()) {
			errors.reject("title", "Enter the review's title");
		}
		else if (title.length() > 300) {
			errors.reject("title", "Title must be 300 characters or fewer");
		}
		String publishedBy = entry.publishedBy() == null ? "" : entry.publishedBy().strip();
		if (publishedBy.isEmpty()) {
			errors.reject("publishedBy", "Enter who published the review");
		}
		else if (publishedBy.length() > 200) {
			errors.reject("publishedBy", "Who published it must be 200 characters or fewer");
		}
		if (entry.publishedOn() == null) {
			errors.reject("publishedOn", "Enter the date the review was published or completed");
		}
		else if (entry.publishedOn().isAfter(today())) {
			errors.reject("publishedOn", "Date published must be today or in the past");
		}
		String summary = entry.summary() == null ? "" : entry.summary().strip();
		if (summary.length() > 4000) {
			errors.reject("summary", "Summary must be 4000 characters or fewer");
		}
		String link = link(entry.link(), "link", false, errors);
		List<UUID> themes = entry.themeIds() == null ? List.of() : entry.themeIds().stream().distinct().toList();
		List<UUID> allowedRetired = current == null ? List.of()
				: current.themes().stream().filter(Theme::retired).map(Theme::id).toList();
		if (!reviews.unknownOrRetiredThemes(themes, allowedRetired).isEmpty()) {
			errors.reject("themes", "Select themes from the list: a retired theme cannot be added to a review");
		}
		errors.inOrder("kind", "scope", "title", "publishedBy", "publishedOn", "summary", "link", "themes");
		errors.throwIfAny();
		return new Checked(kind, scope,
				new ReviewEntry(kind.name(), scope.name(), title, publishedBy, entry.publishedOn(), summary, link, themes));
	}

	// --- recommendations

	@Transactional
	Recommendation addRecommendation(Actor actor, UUID reviewId, RecommendationEntry entry) {
		LearningRoles.requireEditor(actor);
		reviews.review(reviewId).orElseThrow(RecordNotFound::new);
		RecommendationEntry checked = check(entry);
		UUID id = UUID.randomUUID();
		reviews.addRecommendation(id, reviewId, reviews.nextPosition(reviewId),
				RecommendationStatus.valueOf(checked.status()), checked, clock.instant(), actor.accountId());
		audit.record(actor, AuditAction.CREATE, "LEARNING_RECOMMENDATION", id, null, "Recommendation added");
		return reviews.recommendation(id).orElseThrow();
	}

	@Transactional
	Recommendation changeRecommendation(Actor actor, UUID id, int version, RecommendationEntry entry) {
		LearningRoles.requireEditor(actor);
		reviews.recommendation(id).orElseThrow(RecordNotFound::new);
		RecommendationEntry checked = check(entry);
		if (reviews.changeRecommendation(id, version, RecommendationStatus.valueOf(checked.status()), checked,
				clock.instant()) != 1) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(actor, AuditAction.CHANGE, "LEARNING_RECOMMENDATION", id, null, "Recommendation changed");
		return reviews.recommendation(id).orElseThrow();
	}

	/** Checks a recommendation without storing it, so a form with a bad date still shows every problem. */
	RecommendationEntry check(RecommendationEntry entry) {
		FormErrors errors = new FormErrors();
		String text = entry.text() == null ? "" : entry.text().strip();
		if (text.isEmpty()) {
			errors.reject("text", "Enter the recommendation");
		}
		else if (text.length() > 4000) {
			errors.reject("text", "Recommendation must be 4000 characters or fewer");
		}
		String owner = entry.ownerName() == null ? "" : entry.ownerName().strip();
		if (owner.isEmpty()) {
			errors.reject("ownerName", "Enter the name of the person who owns the recommendation");
		}
		else if (owner.length() > 120) {
			errors.reject("ownerName", "Owner's name must be 120 characters or fewer");
		}
		if (entry.ownerAgencyId() == null || !reviews.agencyExists(entry.ownerAgencyId())) {
			errors.reject("ownerAgencyId", "Select the owner's agency");
		}
		RecommendationStatus status = entry.status() == null || entry.status().isBlank() ? RecommendationStatus.NOT_STARTED
				: code(RecommendationStatus.class, entry.status(), "status", "Select how the recommendation stands", errors);
		String reason = entry.notAcceptedReason() == null ? "" : entry.notAcceptedReason().strip();
		if (status == RecommendationStatus.NOT_ACCEPTED && reason.isEmpty()) {
			errors.reject("notAcceptedReason", "Enter why the recommendation was not accepted");
		}
		else if (reason.length() > 2000) {
			errors.reject("notAcceptedReason", "Reason must be 2000 characters or fewer");
		}
		List<UUID> aims = entry.aimIds() == null ? List.of() : entry.aimIds().stream().distinct().toList();
		List<UUID> items = entry.itemIds() == null ? List.of() : entry.itemIds().stream().distinct().toList();
		if (entry.allAims() && !aims.isEmpty()) {
			errors.reject("aims", "Select either ‘All aims’ or particular aims, not both");
		}
		else if (!reviews.missingAims(aims).isEmpty()) {
			errors.reject("aims", "Select aims from the strategy: one of those chosen does not exist");
		}
		if (!reviews.missingItems(items).isEmpty()) {
			errors.reject("items", "Select items from the action plan: one of those chosen does not exist");
		}
		errors.inOrder("text", "ownerName", "ownerAgencyId", "dueOn", "status", "notAcceptedReason", "aims", "items");
		errors.throwIfAny();
		return new RecommendationEntry(text, owner, entry.ownerAgencyId(), entry.dueOn(), status.name(),
				status == RecommendationStatus.NOT_ACCEPTED ? reason : null, entry.allAims(), aims, items);
	}

	// --- evidence

	@Transactional
	Recommendation addEvidence(Actor actor, UUID recommendationId, EvidenceEntry entry) {
		LearningRoles.requireEditor(actor);
		reviews.recommendation(recommendationId).orElseThrow(RecordNotFound::new);
		FormErrors errors = new FormErrors();
		if (entry.changedOn() == null) {
			errors.reject("changedOn", "Enter the date the change was made");
		}
		else if (entry.changedOn().isAfter(today())) {
			errors.reject("changedOn", "Date of the change must be today or in the past");
		}
		String what = entry.whatChanged() == null ? "" : entry.whatChanged().strip();
		if (what.isEmpty()) {
			errors.reject("whatChanged", "Enter what changed");
		}
		else if (what.length() > 2000) {
			errors.reject("whatChanged", "What changed must be 2000 characters or fewer");
		}
		String link = link(entry.link(), "link", true, errors);
		errors.throwIfAny();
		UUID id = UUID.randomUUID();
		reviews.addEvidence(id, recommendationId, new EvidenceEntry(entry.changedOn(), what, link), clock.instant(),
				actor.accountId());
		audit.record(actor, AuditAction.CREATE, "LEARNING_EVIDENCE", id, null, "Evidence of change recorded");
		return reviews.recommendation(recommendationId).orElseThrow();
	}

	// --- shared checks

	/** A web address (or, where allowed, a path within Seen), or null when none was given. */
	private static String link(String value, String field, boolean allowPath, FormErrors errors) {
		String link = value == null ? "" : value.strip();
		if (link.isEmpty()) {
			return null;
		}
		boolean web = link.matches("https?://\\S+");
		boolean path = allowPath && link.matches("/\\S*");
		if (!(web || path) || link.length() > 1000) {
			errors.reject(field, allowPath ? "Enter a link starting https:// or a page in Seen starting /"
					: "Enter a link starting https://");
			return null;
		}
		return link;
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value, String field, String message,
			FormErrors errors) {
		try {
			if (value != null && !value.isBlank()) {
				return Enum.valueOf(type, value.strip());
			}
		}
		catch (IllegalArgumentException ex) {
			// an unknown code is refused as if nothing was chosen
		}
		errors.reject(field, message);
		return null;
	}
}
