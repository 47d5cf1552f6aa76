package org.seen.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.assessment.LatestAssessment;
import org.seen.chronology.AlertCode;
import org.seen.chronology.ChildPatterns.OpenAlert;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.Levels;
import org.seen.people.ChildRecords.Circumstances;
import org.seen.people.ContributoryFactor;
import org.seen.people.Vulnerability;

/** Every rule of the level suggestion, and the edges between them, on the default four levels. */
class LevelSuggestionTest {

	static final Levels LEVELS = new Levels(null);

	final LevelSuggestion rules = new LevelSuggestion(LEVELS);

	static final Circumstances NONE = new Circumstances(Set.of(), Set.of(), null);

	static Optional<LatestAssessment> grades(int... grades) {
		List<LatestAssessment.GradedItem> items = new ArrayList<>();
		for (int i = 0; i < grades.length; i++) {
			items.add(new LatestAssessment.GradedItem("item-" + i, "Item " + i, "Area", grades[i], null, null));
		}
		return Optional.of(new LatestAssessment(UUID.randomUUID(), UUID.randomUUID(), "tool", 1, "Profile",
				LocalDate.of(2026, 3, 3), items));
	}

	static OpenAlert alert(AlertCode code) {
		return new OpenAlert(code, "reason", Instant.parse("2026-03-01T10:00:00Z"));
	}

	String suggested(Optional<LatestAssessment> latest, List<OpenAlert> alerts, Circumstances circumstances, boolean baby) {
		return rules.suggest(latest, alerts, circumstances, baby).level().code();
	}

	@Test
	void grades_of_one_and_two_suggest_universal_services() {
		LevelSuggestion.Suggestion s = rules.suggest(grades(1, 2, 2, 1), List.of(), NONE, false);
		assertThat(s.level().code()).isEqualTo("UNIVERSAL");
		assertThat(s.reasons()).containsExactly("Every item graded 1 or 2 in the Profile of 3 March 2026");
	}

	@Test
	void a_grade_three_suggests_early_help_and_names_the_items() {
		LevelSuggestion.Suggestion s = rules.suggest(grades(2, 3, 3), List.of(), NONE, false);
		assertThat(s.level().code()).isEqualTo("EARLY_HELP");
		assertThat(s.reasons()).containsExactly("Graded 3 in the Profile of 3 March 2026: Item 1, Item 2");
	}

	@Test
	void one_or_two_grades_of_four_suggest_targeted_early_help() {
		assertThat(suggested(grades(2, 4), List.of(), NONE, false)).isEqualTo("TARGETED_EARLY_HELP");
		assertThat(suggested(grades(4, 4, 3), List.of(), NONE, false)).isEqualTo("TARGETED_EARLY_HELP");
	}

	@Test
	void three_grades_of_four_suggest_the_statutory_level() {
		LevelSuggestion.Suggestion s = rules.suggest(grades(4, 4, 4, 1), List.of(), NONE, false);
		assertThat(s.level().code()).isEqualTo("SPECIALIST");
		assertThat(s.reasons().get(0)).startsWith("3 areas graded 4");
	}

	@Test
	void any_grade_five_suggests_the_statutory_level() {
		LevelSuggestion.Suggestion s = rules.suggest(grades(1, 1, 5), List.of(), NONE, false);
		assertThat(s.level().code()).isEqualTo("SPECIALIST");
		assertThat(s.reasons().get(0)).contains("Graded 5", "Item 2");
	}

	@Test
	void without_a_completed_assessment_the_suggestion_says_so_and_starts_at_universal() {
		LevelSuggestion.Suggestion s = rules.suggest(Optional.empty(), List.of(), NONE, false);
		assertThat(s.level().code()).isEqualTo("UNIVERSAL");
		assertThat(s.reasons()).containsExactly("No completed assessment yet: the suggestion rests on alerts and circumstances only");
	}

	@Test
	void an_open_alert_lifts_universal_to_early_help() {
		LevelSuggestion.Suggestion s = rules.suggest(grades(1, 2), List.of(alert(AlertCode.NOT_SEEN)), NONE, false);
		assertThat(s.level().code()).isEqualTo("EARLY_HELP");
		assertThat(s.reasons()).contains("Open alert: Child not seen");
	}

	@Test
	void three_open_alerts_or_concerns_accumulating_lift_to_targeted_early_help() {
		assertThat(suggested(grades(1), List.of(alert(AlertCode.NOT_SEEN), alert(AlertCode.SCHOOL_ABSENCE),
				alert(AlertCode.INJURIES_REPEATED)), NONE, false)).isEqualTo("TARGETED_EARLY_HELP");
		assertThat(suggested(grades(1), List.of(alert(AlertCode.CONCERNS_ACCUMULATING)), NONE, false))
			.isEqualTo("TARGETED_EARLY_HELP");
		// two ordinary alerts are not yet many
		assertThat(suggested(grades(1), List.of(alert(AlertCode.NOT_SEEN), alert(AlertCode.SCHOOL_ABSENCE)), NONE, false))
			.isEqualTo("EARLY_HELP");
	}

	@Test
	void alerts_never_lower_a_suggestion_but_are_still_given_as_reasons() {
		LevelSuggestion.Suggestion s = rules.suggest(grades(5), List.of(alert(AlertCode.NOT_SEEN)), NONE, false);
		assertThat(s.level().code()).isEqualTo("SPECIALIST");
		assertThat(s.reasons()).hasSize(2).contains("Open alert: Child not seen");
	}

	@Test
	void the_toxic_trio_together_raises_the_suggestion_one_level_to_at_least_targeted_early_help() {
		Circumstances trio = new Circumstances(Set.of(), ContributoryFactor.TOXIC_TRIO, null);
		assertThat(suggested(grades(1), List.of(), trio, false)).isEqualTo("TARGETED_EARLY_HELP");
		assertThat(suggested(grades(4), List.of(), trio, false)).isEqualTo("SPECIALIST");
		assertThat(rules.suggest(grades(3), List.of(), trio, false).reasons()).anyMatch(r -> r.contains("toxic trio"));
	}

	@Test
	void one_of_the_trio_or_two_other_factors_lift_to_early_help_and_one_other_factor_alone_does_not() {
		assertThat(suggested(grades(1), List.of(),
				new Circumstances(Set.of(), Set.of(ContributoryFactor.DOMESTIC_ABUSE), null), false)).isEqualTo("EARLY_HELP");
		assertThat(suggested(grades(1), List.of(), new Circumstances(Set.of(),
				Set.of(ContributoryFactor.POVERTY, ContributoryFactor.LEARNING_DISABILITY), null), false)).isEqualTo("EARLY_HELP");
		assertThat(suggested(grades(1), List.of(),
				new Circumstances(Set.of(), Set.of(ContributoryFactor.POVERTY), null), false)).isEqualTo("UNIVERSAL");
	}

	@Test
	void an_unborn_or_newborn_baby_raises_a_suggestion_above_universal_one_level() {
		assertThat(suggested(grades(3), List.of(), NONE, true)).isEqualTo("TARGETED_EARLY_HELP");
		assertThat(suggested(grades(3), List.of(), new Circumstances(Set.of(Vulnerability.UNBORN_OR_NEWBORN), Set.of(), null),
				false)).isEqualTo("TARGETED_EARLY_HELP");
		// a baby whose needs are met stays universal, and nothing goes above the top
		assertThat(suggested(grades(1, 2), List.of(), NONE, true)).isEqualTo("UNIVERSAL");
		assertThat(suggested(grades(5), List.of(), NONE, true)).isEqualTo("SPECIALIST");
		assertThat(rules.suggest(grades(3), List.of(), NONE, true).reasons()).anyMatch(r -> r.contains("unborn or newborn"));
	}

	@Test
	void two_other_vulnerabilities_lift_universal_to_early_help_and_one_does_not() {
		assertThat(suggested(grades(1), List.of(), new Circumstances(
				Set.of(Vulnerability.DISABLED, Vulnerability.YOUNG_CARER), Set.of(), null), false)).isEqualTo("EARLY_HELP");
		assertThat(suggested(grades(1), List.of(), new Circumstances(Set.of(Vulnerability.DISABLED), Set.of(), null), false))
			.isEqualTo("UNIVERSAL");
	}

	@Test
	void nothing_recorded_is_itself_a_reason_for_universal() {
		LevelSuggestion.Suggestion s = rules.suggest(Optional.of(new LatestAssessment(UUID.randomUUID(), UUID.randomUUID(),
				"tool", 1, "Profile", LocalDate.of(2026, 3, 3), List.of())), List.of(), NONE, false);
		assertThat(s.level().code()).isEqualTo("UNIVERSAL");
		assertThat(s.reasons()).isNotEmpty();
	}

	@Test
	void the_rules_follow_the_kinds_of_a_partnership_s_own_five_levels() {
		Levels five = new Levels(List.of(
				new LevelOfNeed(1, "L1", "Universal", "d", LevelOfNeed.Kind.UNIVERSAL),
				new LevelOfNeed(2, "L2", "Additional", "d", LevelOfNeed.Kind.EARLY_HELP),
				new LevelOfNeed(3, "L3", "Intensive", "d", LevelOfNeed.Kind.EARLY_HELP),
				new LevelOfNeed(4, "L4", "Child in need", "d", LevelOfNeed.Kind.STATUTORY),
				new LevelOfNeed(5, "L5", "Child protection", "d", LevelOfNeed.Kind.STATUTORY)));
		LevelSuggestion own = new LevelSuggestion(five);
		assertThat(own.suggest(grades(3), List.of(), NONE, false).level().code()).isEqualTo("L2");
		assertThat(own.suggest(grades(4), List.of(), NONE, false).level().code()).isEqualTo("L3");
		assertThat(own.suggest(grades(5), List.of(), NONE, false).level().code()).isEqualTo("L4");
		assertThat(own.suggest(grades(5), List.of(), NONE, true).level().code()).isEqualTo("L5");
	}
}
