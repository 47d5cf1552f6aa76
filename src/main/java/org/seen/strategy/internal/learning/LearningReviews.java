package org.seen.strategy.internal.learning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seen.strategy.internal.learning.Register.Aim;
import org.seen.strategy.internal.learning.Register.Evidence;
import org.seen.strategy.internal.learning.Register.Filter;
import org.seen.strategy.internal.learning.Register.Item;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.seen.strategy.internal.learning.Register.RecommendationEntry;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.strategy.internal.learning.Register.ReviewEntry;
import org.seen.strategy.internal.learning.Register.Theme;
import org.seen.strategy.internal.learning.Register.ThemeCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of reviews, its themes, recommendations, cross references and evidence, in PostgreSQL. */
@Repository
class LearningReviews {

	private final JdbcClient jdbc;

	LearningReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- themes

	List<Theme> themes(boolean withRetired) {
		return jdbc.sql("select id, name, retired, version from learning_theme"
				+ (withRetired ? "" : " where not retired") + " order by retired, lower(name)")
			.query(LearningReviews::theme)
			.list();
	}

	Optional<Theme> theme(UUID id) {
		return jdbc.sql("select id, name, retired, version from learning_theme where id = ?")
			.param(id)
			.query(LearningReviews::theme)
			.optional();
	}

	boolean themeNamed(String name, UUID except) {
		return jdbc.sql("select count(*) from learning_theme where lower(btrim(name)) = lower(btrim(?)) and id <> ?")
			.params(name, except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	void addTheme(UUID id, String name, Instant now) {
		jdbc.sql("insert into learning_theme (id, name, created_at) values (?, ?, ?)")
			.params(id, name, Timestamp.from(now))
			.update();
	}

	int changeTheme(UUID id, int version, String name, boolean retired) {
		return jdbc.sql("""
				update learning_theme set name = ?, retired = ?, version = version + 1
				where id = ? and version = ?""")
			.params(name, retired, id, version)
			.update();
	}

	/** Every theme, retired ones too, with the reviews that have it and their open recommendations. */
	List<ThemeCount> themeCounts() {
		return jdbc.sql("""
				select t.id, t.name, t.retired, t.version,
				  (select count(*) from learning_review_theme rt where rt.theme_id = t.id) as reviews,
				  (select count(*) from learning_review_theme rt join learning_recommendation r on r.review_id = rt.review_id
				   where rt.theme_id = t.id and r.status in ('NOT_STARTED', 'IN_PROGRESS')) as open
				from learning_theme t order by t.retired, lower(t.name)""")
			.query((rs, n) -> new ThemeCount(theme(rs, n), rs.getLong("reviews"), rs.getLong("open")))
			.list();
	}

	List<UUID> unknownOrRetiredThemes(Collection<UUID> ids, Collection<UUID> allowedRetired) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<UUID> offered = new java.util.HashSet<>(jdbc.sql("select id from learning_theme where id in (:ids) and not retired")
			.param("ids", ids)
			.query(UUID.class)
			.list());
		offered.addAll(allowedRetired);
		return ids.stream().filter(id -> !offered.contains(id)).toList();
	}

	// --- reviews

	List<Review> reviews(Filter filter) {
		List<String> where = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new HashMap<>();
		if (filter.kind() != null) {
			where.add("v.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.themeId() != null) {
			where.add("exists (select 1 from learning_review_theme t where t.review_id = v.id and t.theme_id = :theme)");
			params.put("theme", filter.themeId());
		}
		if (filter.status() != null) {
			where.add("exists (select 1 from learning_recommendation r where r.review_id = v.id and r.status = :status)");
			params.put("status", filter.status().name());
		}
		return load(String.join(" and ", where), params);
	}

	List<Review> reviewsBetween(LocalDate from, LocalDate to, Instant addedFrom, Instant addedBefore) {
		return load("(v.published_on between :from and :to or (v.created_at >= :addedFrom and v.created_at < :addedBefore))",
				Map.of("from", Date.valueOf(from), "to", Date.valueOf(to), "addedFrom", Timestamp.from(addedFrom),
						"addedBefore", Timestamp.from(addedBefore)));
	}

	Optional<Review> review(UUID id) {
		return load("v.id = :id", Map.of("id", id)).stream().findFirst();
	}

	void addReview(UUID id, ReviewKind kind, ReviewKind.Scope scope, ReviewEntry entry, Instant now, UUID by) {
		jdbc.sql("""
				insert into learning_review (id, kind, scope, title, published_by, published_on, summary, link, created_at,
				  created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind.name(), scope.name(), entry.title().strip(), entry.publishedBy().strip(),
					Date.valueOf(entry.publishedOn()), entry.summary(), entry.link(), Timestamp.from(now), by)
			.update();
		themes(id, entry.themeIds());
	}

	int changeReview(UUID id, int version, ReviewKind kind, ReviewKind.Scope scope, ReviewEntry entry) {
		int changed = jdbc.sql("""
				update learning_review set kind = ?, scope = ?, title = ?, published_by = ?, published_on = ?, summary = ?,
				  link = ?, version = version + 1
				where id = ? and version = ?""")
			.params(kind.name(), scope.name(), entry.title().strip(), entry.publishedBy().strip(),
					Date.valueOf(entry.publishedOn()), entry.summary(), entry.link(), id, version)
			.update();
		if (changed == 1) {
			jdbc.sql("delete from learning_review_theme where review_id = ?").param(id).update();
			themes(id, entry.themeIds());
		}
		return changed;
	}

	private void themes(UUID reviewId, List<UUID> themeIds) {
		for (UUID theme : Set.copyOf(themeIds)) {
			jdbc.sql("insert into learning_review_theme (review_id, theme_id) values (?, ?)").params(reviewId, theme).update();
		}
	}

	private List<Review> load(String where, Map<String, ?> params) {
		List<Review> bare = jdbc.sql("""
				select v.id, v.kind, v.scope, v.title, v.published_by, v.published_on, v.summary, v.link, v.created_at,
				  v.version
				from learning_review v where %s order by v.published_on desc, v.title""".formatted(where))
			.params(params)
			.query((rs, n) -> new Review(rs.getObject("id", UUID.class), ReviewKind.valueOf(rs.getString("kind")),
					ReviewKind.Scope.valueOf(rs.getString("scope")), rs.getString("title"), rs.getString("published_by"),
					rs.getObject("published_on", LocalDate.class), rs.getString("summary"), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), List.of(), List.of()))
			.list();
		if (bare.isEmpty()) {
			return bare;
		}
		List<UUID> ids = bare.stream().map(Review::id).toList();
		Map<UUID, List<Theme>> themes = new HashMap<>();
		jdbc.sql("""
				select rt.review_id, t.id, t.name, t.retired, t.version from learning_review_theme rt
				join learning_theme t on t.id = rt.theme_id where rt.review_id in (:ids) order by lower(t.name)""")
			.param("ids", ids)
			.query((rs, n) -> themes.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new ArrayList<>())
				.add(theme(rs, n)))
			.list();
		Map<UUID, List<Recommendation>> recommendations = new HashMap<>();
		recommendations("r.review_id in (:ids)", Map.of("ids", ids))
			.forEach(r -> recommendations.computeIfAbsent(r.reviewId(), k -> new ArrayList<>()).add(r));
		return bare.stream()
			.map(r -> new Review(r.id(), r.kind(), r.scope(), r.title(), r.publishedBy(), r.publishedOn(), r.summary(),
					r.link(), r.createdAt(), r.version(), themes.getOrDefault(r.id(), List.of()),
					recommendations.getOrDefault(r.id(), List.of())))
			.toList();
	}

	// --- recommendations

	Optional<Recommendation> recommendation(UUID id) {
		return recommendations("r.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Every recommendation, oldest review first, for the cross-reference table. */
	List<Recommendation> allRecommendations() {
		return recommendations("true", Map.of());
	}

	int nextPosition(UUID reviewId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from learning_recommendation where review_id = ?")
			.param(reviewId)
			.query(Integer.class)
			.single();
	}

	void addRecommendation(UUID id, UUID reviewId, int position, RecommendationStatus status,
			RecommendationEntry entry, Instant now, UUID by) {
		jdbc.sql("""
				insert into learning_recommendation (id, review_id, position, text, owner_name, owner_agency_id, due_on,
				  status, not_accepted_reason, all_aims, created_at, created_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, reviewId, position, entry.text().strip(), entry.ownerName().strip(), entry.ownerAgencyId(),
					entry.dueOn() == null ? null : Date.valueOf(entry.dueOn()), status.name(),
					reason(status, entry), entry.allAims(), Timestamp.from(now), by, Timestamp.from(now))
			.update();
		crossReferences(id, entry);
	}

	int changeRecommendation(UUID id, int version, RecommendationStatus status, RecommendationEntry entry,
			Instant now) {
		int changed = jdbc.sql("""
				update learning_recommendation set text = ?, owner_name = ?, owner_agency_id = ?, due_on = ?, status = ?,
				  not_accepted_reason = ?, all_aims = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(entry.text().strip(), entry.ownerName().strip(), entry.ownerAgencyId(),
					entry.dueOn() == null ? null : Date.valueOf(entry.dueOn()), status.name(), reason(status, entry),
					entry.allAims(), Timestamp.from(now), id, version)
			.update();
		if (changed == 1) {
			jdbc.sql("delete from learning_recommendation_aim where recommendation_id = ?").param(id).update();
			jdbc.sql("delete from learning_recommendation_item where recommendation_id = ?").param(id).update();
			crossReferences(id, entry);
		}
		return changed;
	}

	private static String reason(RecommendationStatus status, RecommendationEntry entry) {
		return status == RecommendationStatus.NOT_ACCEPTED ? entry.notAcceptedReason().strip() : null;
	}

	private void crossReferences(UUID id, RecommendationEntry entry) {
		if (!entry.allAims()) {
			for (UUID aim : Set.copyOf(entry.aimIds())) {
				jdbc.sql("insert into learning_recommendation_aim (recommendation_id, aim_id) values (?, ?)")
					.params(id, aim)
					.update();
			}
		}
		for (UUID item : Set.copyOf(entry.itemIds())) {
			jdbc.sql("insert into learning_recommendation_item (recommendation_id, item_id) values (?, ?)")
				.params(id, item)
				.update();
		}
	}

	void addEvidence(UUID id, UUID recommendationId, Register.EvidenceEntry entry, Instant now, UUID by) {
		jdbc.sql("""
				insert into learning_evidence (id, recommendation_id, changed_on, what_changed, link, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, recommendationId, Date.valueOf(entry.changedOn()), entry.whatChanged().strip(), entry.link(),
					Timestamp.from(now), by)
			.update();
	}

	/** Evidence of change dated in the period, with the recommendation and review it answers. */
	List<Map.Entry<Recommendation, Evidence>> evidenceBetween(LocalDate from, LocalDate to) {
		Map<UUID, Recommendation> byId = new LinkedHashMap<>();
		List<UUID> ids = jdbc.sql("select distinct recommendation_id from learning_evidence where changed_on between ? and ?")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		recommendations("r.id in (:ids)", Map.of("ids", ids)).forEach(r -> byId.put(r.id(), r));
		List<Map.Entry<Recommendation, Evidence>> found = new ArrayList<>();
		byId.values()
			.forEach(r -> r.evidence()
				.stream()
				.filter(e -> !e.changedOn().isBefore(from) && !e.changedOn().isAfter(to))
				.forEach(e -> found.add(Map.entry(r, e))));
		found.sort(java.util.Comparator.comparing((Map.Entry<Recommendation, Evidence> e) -> e.getValue().changedOn()));
		return found;
	}

	private List<Recommendation> recommendations(String where, Map<String, ?> params) {
		List<Recommendation> bare = jdbc.sql("""
				select r.id, r.review_id, v.title as review_title, r.position, r.text, r.owner_name, r.owner_agency_id,
				  a.name as agency_name, r.due_on, r.status, r.not_accepted_reason, r.all_aims, r.version
				from learning_recommendation r join learning_review v on v.id = r.review_id
				join agency a on a.id = r.owner_agency_id
				where %s order by v.published_on, v.title, r.position""".formatted(where))
			.params(params)
			.query((rs, n) -> new Recommendation(rs.getObject("id", UUID.class), rs.getObject("review_id", UUID.class),
					rs.getString("review_title"), rs.getInt("position"), rs.getString("text"), rs.getString("owner_name"),
					rs.getObject("owner_agency_id", UUID.class), rs.getString("agency_name"),
					rs.getObject("due_on", LocalDate.class), RecommendationStatus.valueOf(rs.getString("status")),
					rs.getString("not_accepted_reason"), rs.getBoolean("all_aims"), List.of(), List.of(), List.of(),
					rs.getInt("version")))
			.list();
		if (bare.isEmpty()) {
			return bare;
		}
		List<UUID> ids = bare.stream().map(Recommendation::id).toList();
		Map<UUID, List<Aim>> aims = new HashMap<>();
		jdbc.sql("""
				select ra.recommendation_id, a.id, a.reference, a.statement from learning_recommendation_aim ra
				join strategy_aim a on a.id = ra.aim_id where ra.recommendation_id in (:ids) order by a.reference""")
			.param("ids", ids)
			.query((rs, n) -> aims.computeIfAbsent(rs.getObject("recommendation_id", UUID.class), k -> new ArrayList<>())
				.add(new Aim(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("statement"))))
			.list();
		Map<UUID, List<Item>> items = new HashMap<>();
		jdbc.sql("""
				select ri.recommendation_id, i.id, i.reference, i.title from learning_recommendation_item ri
				join action_item i on i.id = ri.item_id where ri.recommendation_id in (:ids) order by i.reference""")
			.param("ids", ids)
			.query((rs, n) -> items.computeIfAbsent(rs.getObject("recommendation_id", UUID.class), k -> new ArrayList<>())
				.add(new Item(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"))))
			.list();
		Map<UUID, List<Evidence>> evidence = new HashMap<>();
		jdbc.sql("""
				select recommendation_id, id, changed_on, what_changed, link, recorded_at from learning_evidence
				where recommendation_id in (:ids) order by changed_on, recorded_at""")
			.param("ids", ids)
			.query((rs, n) -> evidence.computeIfAbsent(rs.getObject("recommendation_id", UUID.class), k -> new ArrayList<>())
				.add(new Evidence(rs.getObject("id", UUID.class), rs.getObject("changed_on", LocalDate.class),
						rs.getString("what_changed"), rs.getString("link"), rs.getTimestamp("recorded_at").toInstant())))
			.list();
		return bare.stream()
			.map(r -> new Recommendation(r.id(), r.reviewId(), r.reviewTitle(), r.position(), r.text(), r.ownerName(),
					r.ownerAgencyId(), r.ownerAgencyName(), r.dueOn(), r.status(), r.notAcceptedReason(), r.allAims(),
					aims.getOrDefault(r.id(), List.of()), items.getOrDefault(r.id(), List.of()),
					evidence.getOrDefault(r.id(), List.of()), r.version()))
			.toList();
	}

	// --- the strategy's aims and the action plan's items a recommendation can point at

	/** The aims of the current strategy, in the strategy's order. */
	List<Aim> currentAims() {
		return jdbc.sql("""
				select a.id, a.reference, a.statement from strategy_aim a
				join strategy_priority p on p.id = a.priority_id join strategy s on s.id = p.strategy_id
				where s.current order by p.position, a.reference""")
			.query((rs, n) -> new Aim(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("statement")))
			.list();
	}

	/** The action plan's items under the current strategy that are not withdrawn. */
	List<Item> currentItems() {
		return jdbc.sql("""
				select i.id, i.reference, i.title from action_item i
				join strategy_priority p on p.id = i.priority_id join strategy s on s.id = p.strategy_id
				where s.current and i.status <> 'WITHDRAWN' order by p.position, i.reference""")
			.query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title")))
			.list();
	}

	List<UUID> missingAims(Collection<UUID> ids) {
		return missing("strategy_aim", ids);
	}

	List<UUID> missingItems(Collection<UUID> ids) {
		return missing("action_item", ids);
	}

	private List<UUID> missing(String table, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<UUID> found = Set.copyOf(jdbc.sql("select id from " + table + " where id in (:ids)")
			.param("ids", ids)
			.query(UUID.class)
			.list());
		return ids.stream().filter(id -> !found.contains(id)).toList();
	}

	boolean agencyExists(UUID id) {
		return jdbc.sql("select count(*) from agency where id = ?").param(id).query(Long.class).single() > 0;
	}

	private static Theme theme(ResultSet rs, int n) throws SQLException {
		return new Theme(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("retired"),
				rs.getInt("version"));
	}
}
