package org.seen.strategy.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.strategy.internal.learning.Register.EvidenceEntry;
import org.seen.strategy.internal.learning.Register.Filter;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.seen.strategy.internal.learning.Register.RecommendationEntry;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.strategy.internal.learning.Register.ReviewEntry;
import org.seen.strategy.internal.learning.Register.Theme;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LearningRegisterTest {

	@Autowired
	LearningRegister register;

	@Autowired
	LearningReport report;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	Actor analyst() {
		return actors.actor("analyst");
	}

	UUID theme(String name) {
		return jdbc.sql("select id from learning_theme where name = ?").param(name).query(UUID.class).single();
	}

	ReviewEntry entry(String title, UUID... themes) {
		return new ReviewEntry("RAPID_REVIEW", "LOCAL", title, "Test partnership", LocalDate.now().minusDays(10),
				"What the review found", "https://example.org/review", List.of(themes));
	}

	UUID agency(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(UUID.class).single();
	}

	RecommendationEntry recommendation(String text, boolean allAims, List<UUID> aims, List<UUID> items) {
		return new RecommendationEntry(text, "Head of early help", agency("CSC"), LocalDate.now().plusMonths(3),
				"NOT_STARTED", null, allAims, aims, items);
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void a_review_is_added_with_its_themes_and_found_by_theme_kind_and_status() {
		UUID drift = theme("Drift and delay");
		Review review = register.addReview(analyst(), entry("Register test: review with themes", drift));
		assertThat(review.themes()).extracting(Theme::name).containsExactly("Drift and delay");
		assertThat(review.scope()).isEqualTo(ReviewKind.Scope.LOCAL);
		register.addRecommendation(analyst(), review.id(), recommendation("Review plans monthly", false, List.of(), List.of()));

		assertThat(register.register(analyst(), new Filter(ReviewKind.RAPID_REVIEW, drift, RecommendationStatus.NOT_STARTED)))
			.extracting(Review::id)
			.contains(review.id());
		assertThat(register.register(analyst(), new Filter(null, null, RecommendationStatus.COMPLETE)))
			.extracting(Review::id)
			.doesNotContain(review.id());
		assertThat(register.register(analyst(), new Filter(ReviewKind.MULTI_AGENCY_AUDIT, null, null)))
			.extracting(Review::id)
			.doesNotContain(review.id());
		assertThat(count("select count(*) from audit_entry where record_id = ? and action = 'CREATE' and record_type = 'LEARNING_REVIEW'",
				review.id())).isEqualTo(1);
	}

	@Test
	void a_review_missing_its_kind_title_and_date_is_refused_naming_each_field_and_nothing_is_stored() {
		long before = count("select count(*) from learning_review");
		assertThatThrownBy(() -> register.addReview(analyst(),
				new ReviewEntry("PODCAST", null, "  ", "", null, "", "ftp://example.org", List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(FormErrors.Problem::field)
				.containsExactly("kind", "scope", "title", "publishedBy", "publishedOn", "link"));
		assertThatThrownBy(() -> register.addReview(analyst(), new ReviewEntry("RAPID_REVIEW", "LOCAL", "Future review",
				"Test", LocalDate.now().plusDays(3), "", null, List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("publishedOn"));
		assertThat(count("select count(*) from learning_review")).isEqualTo(before);
	}

	@Test
	void stale_review_edit_is_refused_and_nothing_is_overwritten() {
		Review review = register.addReview(analyst(), entry("Register test: stale edit"));
		register.changeReview(analyst(), review.id(), review.version(), entry("Register test: stale edit, first change"));
		assertThatThrownBy(() -> register.changeReview(analyst(), review.id(), review.version(),
				entry("Register test: stale edit, second change")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(register.review(analyst(), review.id()).title()).isEqualTo("Register test: stale edit, first change");
	}

	@Test
	void a_retired_theme_is_not_offered_or_accepted_for_a_new_review_but_stays_on_old_ones() {
		Theme theme = register.addTheme(analyst(), "Register test theme " + UUID.randomUUID());
		Review old = register.addReview(analyst(), entry("Register test: before retiring", theme.id()));
		register.changeTheme(analyst(), theme.id(), theme.version(), theme.name(), true);

		assertThat(register.themesOffered(null)).extracting(Theme::id).doesNotContain(theme.id());
		assertThatThrownBy(() -> register.addReview(analyst(), entry("Register test: after retiring", theme.id())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("themes"));
		Review kept = register.review(analyst(), old.id());
		assertThat(kept.themes()).extracting(Theme::id).containsExactly(theme.id());
		assertThat(register.themesOffered(kept)).extracting(Theme::id).contains(theme.id());
		// an old review keeps its retired theme when it is changed
		register.changeReview(analyst(), old.id(), kept.version(), entry("Register test: before retiring, changed", theme.id()));
		assertThat(register.review(analyst(), old.id()).themes()).extracting(Theme::id).containsExactly(theme.id());
	}

	@Test
	void a_theme_needs_a_name_not_already_in_the_list() {
		assertThatThrownBy(() -> register.addTheme(analyst(), " ")).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.getMessage()).isEqualTo("Enter the theme"));
		assertThatThrownBy(() -> register.addTheme(analyst(), "drift AND delay"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("already a theme"));
	}

	@Test
	void a_recommendation_is_cross_referenced_to_aims_and_action_items_or_to_all_aims() {
		StrategyRows strategy = StrategyRows.insert(jdbc, "Register test strategy " + UUID.randomUUID());
		Review review = register.addReview(analyst(), entry("Register test: cross references"));
		Recommendation some = register.addRecommendation(analyst(), review.id(),
				recommendation("Use the tool", false, List.of(strategy.aim()), List.of(strategy.item())));
		assertThat(some.aims()).extracting(Register.Aim::id).containsExactly(strategy.aim());
		assertThat(some.items()).extracting(Register.Item::id).containsExactly(strategy.item());
		assertThat(some.crossReference()).isEqualTo("Aims 9.1; Actions 9.1");
		assertThat(some.position()).isEqualTo(1);

		Recommendation all = register.addRecommendation(analyst(), review.id(),
				recommendation("Everyone learns", true, List.of(), List.of()));
		assertThat(all.position()).isEqualTo(2);
		assertThat(all.crossReference()).isEqualTo("All aims");
		assertThat(register.crossReferences(analyst(), false)).extracting(Recommendation::id).contains(some.id(), all.id());
	}

	@Test
	void cross_references_must_point_at_existing_aims_and_items_and_nothing_is_stored() {
		StrategyRows strategy = StrategyRows.insert(jdbc, "Register test strategy " + UUID.randomUUID());
		Review review = register.addReview(analyst(), entry("Register test: bad cross references"));
		assertThatThrownBy(() -> register.addRecommendation(analyst(), review.id(),
				recommendation("Points nowhere", false, List.of(UUID.randomUUID()), List.of(strategy.item()))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("aims"));
		assertThatThrownBy(() -> register.addRecommendation(analyst(), review.id(),
				recommendation("Points nowhere", false, List.of(strategy.aim()), List.of(UUID.randomUUID()))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("items"));
		assertThatThrownBy(() -> register.addRecommendation(analyst(), review.id(),
				recommendation("Both", true, List.of(strategy.aim()), List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("not both"));
		assertThat(count("select count(*) from learning_recommendation where review_id = ?", review.id())).isZero();
	}

	@Test
	void a_recommendation_not_accepted_needs_the_reason_and_needs_an_owner_and_agency() {
		Review review = register.addReview(analyst(), entry("Register test: not accepted"));
		assertThatThrownBy(() -> register.addRecommendation(analyst(), review.id(), new RecommendationEntry(
				"A joint protocol", "", UUID.randomUUID(), null, "NOT_ACCEPTED", " ", false, List.of(), List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(FormErrors.Problem::field)
				.containsExactly("ownerName", "ownerAgencyId", "notAcceptedReason"));
		Recommendation refused = register.addRecommendation(analyst(), review.id(), new RecommendationEntry(
				"A joint protocol", "Service manager", agency("AMH"), null, "NOT_ACCEPTED", "Covered by the existing protocol",
				false, List.of(), List.of()));
		assertThat(refused.status()).isEqualTo(RecommendationStatus.NOT_ACCEPTED);
		assertThat(refused.notAcceptedReason()).isEqualTo("Covered by the existing protocol");
		// moving on from "not accepted" drops the reason, as the database requires
		Recommendation accepted = register.changeRecommendation(analyst(), refused.id(), refused.version(),
				new RecommendationEntry("A joint protocol", "Service manager", agency("AMH"), null, "IN_PROGRESS",
						"Covered by the existing protocol", false, List.of(), List.of()));
		assertThat(accepted.notAcceptedReason()).isNull();
		assertThatThrownBy(() -> register.changeRecommendation(analyst(), refused.id(), refused.version(),
				new RecommendationEntry("Stale", "Service manager", agency("AMH"), null, "COMPLETE", null, false,
						List.of(), List.of())))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void evidence_of_change_is_added_with_a_date_and_is_never_edited() {
		Review review = register.addReview(analyst(), entry("Register test: evidence"));
		Recommendation rec = register.addRecommendation(analyst(), review.id(),
				recommendation("Revise the policy", false, List.of(), List.of()));
		assertThatThrownBy(() -> register.addEvidence(analyst(), rec.id(),
				new EvidenceEntry(LocalDate.now().plusDays(2), "", "javascript:alert(1)")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(FormErrors.Problem::field)
				.containsExactly("changedOn", "whatChanged", "link"));
		Recommendation withEvidence = register.addEvidence(analyst(), rec.id(),
				new EvidenceEntry(LocalDate.now().minusDays(1), "Policy revised and briefed", "/strategy"));
		assertThat(withEvidence.evidence()).extracting(Register.Evidence::whatChanged)
			.containsExactly("Policy revised and briefed");
		UUID evidence = withEvidence.evidence().get(0).id();
		assertThatThrownBy(() -> jdbc.sql("update learning_evidence set what_changed = 'Rewritten' where id = ?")
			.param(evidence)
			.update()).hasMessageContaining("never edited");
	}

	@Test
	void casework_roles_read_the_register_only_editors_change_it_and_agency_systems_do_neither() {
		assertThat(register.register(actors.actor("teacher"), Filter.ALL)).isNotNull();
		assertThat(register.register(actors.actor("auditor"), Filter.ALL)).isNotNull();
		assertThatThrownBy(() -> register.addReview(actors.actor("teacher"), entry("Register test: by a teacher")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> register.addTheme(actors.actor("manager"), "A manager's theme"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> register.register(actors.actor("system.northbrook-primary"), Filter.ALL))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(register.addReview(actors.actor("admin"), entry("Register test: by an administrator"))).isNotNull();
	}

	@Test
	void the_quarterly_summary_has_the_periods_reviews_and_evidence_with_small_numbers_withheld() {
		Review review = register.addReview(analyst(), new ReviewEntry("MULTI_AGENCY_AUDIT", "LOCAL",
				"Register test: audit for the summary", "Subgroup", LocalDate.of(2025, 5, 10), "", null,
				List.of(theme("Adolescents"))));
		Recommendation rec = register.addRecommendation(analyst(), review.id(), new RecommendationEntry(
				"Share attendance", "DSL network chair", agency("SCH1"), LocalDate.of(2025, 6, 1), "IN_PROGRESS", null,
				false, List.of(), List.of()));
		register.addEvidence(analyst(), rec.id(),
				new EvidenceEntry(LocalDate.of(2025, 5, 20), "Attendance shared each half term", null));

		LearningReport.Summary summary = report.summary(analyst(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
		assertThat(summary.reviews()).extracting(LearningReport.ReviewLine::title)
			.contains("Register test: audit for the summary");
		assertThat(summary.changes()).extracting(LearningReport.Change::whatChanged)
			.contains("Attendance shared each half term");
		assertThat(summary.recommendations()).extracting(LearningReport.StatusCount::status)
			.containsExactly("Not started", "In progress", "Complete", "Not accepted");
		assertThat(summary.themes()).extracting(LearningReport.ThemeLine::theme).contains("Adolescents");
		assertThat(LearningReport.figure(0)).isEqualTo("0");
		assertThat(LearningReport.figure(3)).isEqualTo("c");
		assertThat(LearningReport.figure(5)).isEqualTo("5");
		assertThatThrownBy(() -> report.summary(actors.actor("system.northbrook-primary"), LocalDate.of(2025, 4, 1),
				LocalDate.of(2025, 6, 30))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_demo_register_holds_five_invented_reviews_with_recommendations_and_evidence() {
		assertThat(count("select count(distinct kind) from learning_review where published_by like 'Northbrook%' or published_by like 'National%'"))
			.isEqualTo(5);
		assertThat(count("select count(*) from learning_recommendation r join learning_review v on v.id = r.review_id where v.title like 'Child H:%'"))
			.isEqualTo(3);
		assertThat(count("select count(*) from learning_recommendation where status = 'NOT_ACCEPTED' and not_accepted_reason is not null"))
			.isPositive();
		assertThat(count("select count(*) from learning_evidence")).isGreaterThanOrEqualTo(5);
	}
}
