package org.seen.strategy.internal.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The register's records as the pages and the API show them. */
final class Register {

	private Register() {
	}

	record Theme(UUID id, String name, boolean retired, int version) {
	}

	/** A theme with how many reviews have it and how many of their recommendations are still open. */
	record ThemeCount(Theme theme, long reviews, long openRecommendations) {
	}

	record Aim(UUID id, String reference, String statement) {
	}

	record Item(UUID id, String reference, String title) {
	}

	record Evidence(UUID id, LocalDate changedOn, String whatChanged, String link, Instant recordedAt) {
	}

	record Review(UUID id, ReviewKind kind, ReviewKind.Scope scope, String title, String publishedBy,
			LocalDate publishedOn, String summary, String link, Instant createdAt, int version, List<Theme> themes,
			List<Recommendation> recommendations) {

		public long open() {
			return recommendations.stream().filter(r -> r.status().open()).count();
		}
	}

	record Recommendation(UUID id, UUID reviewId, String reviewTitle, int position, String text, String ownerName,
			UUID ownerAgencyId, String ownerAgencyName, LocalDate dueOn, RecommendationStatus status,
			String notAcceptedReason, boolean allAims, List<Aim> aims, List<Item> items, List<Evidence> evidence,
			int version) {

		public boolean overdue(LocalDate today) {
			return status.open() && dueOn != null && dueOn.isBefore(today);
		}

		/** The appendix's "Cross Ref" cell: "All" or the aims' references, then the action items'. */
		public String crossReference() {
			StringBuilder text = new StringBuilder();
			if (allAims) {
				text.append("All aims");
			}
			else if (!aims.isEmpty()) {
				text.append("Aims ").append(String.join(", ", aims.stream().map(Aim::reference).toList()));
			}
			if (!items.isEmpty()) {
				if (!text.isEmpty()) {
					text.append("; ");
				}
				text.append("Actions ").append(String.join(", ", items.stream().map(Item::reference).toList()));
			}
			return text.isEmpty() ? "None" : text.toString();
		}
	}

	/** A review as typed: codes as strings, so that an unknown one is refused naming its field. */
	record ReviewEntry(String kind, String scope, String title, String publishedBy, LocalDate publishedOn,
			String summary, String link, List<UUID> themeIds) {
	}

	record RecommendationEntry(String text, String ownerName, UUID ownerAgencyId, LocalDate dueOn, String status,
			String notAcceptedReason, boolean allAims, List<UUID> aimIds, List<UUID> itemIds) {
	}

	record EvidenceEntry(LocalDate changedOn, String whatChanged, String link) {
	}

	/** What the register can be filtered by; null means any. */
	record Filter(ReviewKind kind, UUID themeId, RecommendationStatus status) {

		static final Filter ALL = new Filter(null, null, null);
	}
}
