package org.seen.strategy.internal.learning;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.seen.strategy.internal.learning.Register.Review;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning from reviews for the quality and performance subgroup's quarterly report: the reviews of
 * the period, how the recommendations stand, the themes, and the evidence of change recorded. Every
 * count is a figure as the report prints it, with 1 to 4 withheld as "c" because the report is
 * circulated.
 */
@Service
public class LearningReport {

	public static final String WITHHELD = "c";

	private final LearningReviews reviews;

	private final AuditTrail audit;

	private final LearningRegister register;

	LearningReport(LearningReviews reviews, AuditTrail audit, LearningRegister register) {
		this.reviews = reviews;
		this.audit = audit;
		this.register = register;
	}

	/**
	 * The period from {@code from} to {@code to} inclusive. LearningReviews count when published (or completed)
	 * in the period or added to the register in it; recommendations and themes are counted as they
	 * stand today, across the whole register; evidence counts when the change it records was made in
	 * the period. Readers of the register only (403 otherwise).
	 */
	@Transactional
	public Summary summary(Actor actor, LocalDate from, LocalDate to) {
		LearningRoles.requireReader(actor);
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("The period must start on or before its end");
		}
		audit.record(actor, AuditAction.VIEW, "LEARNING_REPORT", null, null, "Learning from reviews " + from + " to " + to);
		LocalDate today = register.today();
		List<Review> inPeriod = reviews.reviewsBetween(from, to,
				from.atStartOfDay(LearningRegister.LONDON).toInstant(),
				to.plusDays(1).atStartOfDay(LearningRegister.LONDON).toInstant());
		List<ReviewLine> lines = inPeriod.stream()
			.map(r -> new ReviewLine(r.id(), r.title(), r.kind().label(), r.scope().label(), r.publishedBy(),
					r.publishedOn(), r.recommendations().size()))
			.toList();
		List<Recommendation> all = reviews.allRecommendations();
		Map<RecommendationStatus, Long> byStatus = all.stream()
			.collect(Collectors.groupingBy(Recommendation::status, Collectors.counting()));
		List<StatusCount> statuses = Arrays.stream(RecommendationStatus.values())
			.map(s -> new StatusCount(s.label(), figure(byStatus.getOrDefault(s, 0L))))
			.toList();
		long overdue = all.stream().filter(r -> r.overdue(today)).count();
		Map<UUID, Long> themeInPeriod = inPeriod.stream()
			.flatMap(r -> r.themes().stream())
			.collect(Collectors.groupingBy(Register.Theme::id, Collectors.counting()));
		List<ThemeLine> themes = reviews.themeCounts()
			.stream()
			.filter(t -> t.reviews() > 0)
			.sorted((a, b) -> Long.compare(b.reviews(), a.reviews()))
			.map(t -> new ThemeLine(t.theme().name(), figure(themeInPeriod.getOrDefault(t.theme().id(), 0L)),
					figure(t.reviews()), figure(t.openRecommendations())))
			.toList();
		List<Change> changes = reviews.evidenceBetween(from, to)
			.stream()
			.map(e -> new Change(e.getValue().changedOn(), e.getKey().reviewTitle(), e.getKey().position(),
					e.getValue().whatChanged()))
			.toList();
		return new Summary(from, to, lines, figure(inPeriod.size()), statuses, figure(all.size()), figure(overdue), themes, changes);
	}

	/** A count as a circulated report prints it: 1 to 4 withheld as "c". */
	static String figure(long count) {
		return org.seen.strategy.internal.SmallNumbers.count(count);
	}

	/**
	 * @param reviewsInPeriod how many reviews the period brought (withheld when 1–4)
	 * @param recommendations how the register's recommendations stand today, by status
	 * @param overdue recommendations not started or in progress whose due date has passed
	 * @param changes the evidence of change dated in the period (short texts, no personal data)
	 */
	public record Summary(LocalDate from, LocalDate to, List<ReviewLine> reviews, String reviewsInPeriod,
			List<StatusCount> recommendations, String recommendationsInRegister, String overdue,
			List<ThemeLine> themes, List<Change> changes) {
	}

	public record ReviewLine(UUID id, String title, String kind, String scope, String publishedBy,
			LocalDate publishedOn, int recommendations) {
	}

	public record StatusCount(String status, String count) {
	}

	/** A theme with the reviews of the period that have it, all reviews that have it, and their open recommendations. */
	public record ThemeLine(String theme, String reviewsInPeriod, String reviewsInRegister,
			String openRecommendations) {
	}

	public record Change(LocalDate changedOn, String review, int recommendation, String whatChanged) {
	}
}
