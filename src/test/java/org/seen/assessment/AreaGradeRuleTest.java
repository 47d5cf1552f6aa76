package org.seen.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AreaGradeRuleTest {

	@Test
	void the_grade_given_most_often_is_proposed() {
		assertThat(AreaGradeRule.propose(List.of(2, 2, 3, 1))).hasValue(2);
		assertThat(AreaGradeRule.propose(List.of(3, 4, 4, 4))).hasValue(4);
	}

	@Test
	void a_tie_goes_to_the_more_concerning_grade() {
		assertThat(AreaGradeRule.propose(List.of(1, 1, 3, 3))).hasValue(3);
		assertThat(AreaGradeRule.propose(List.of(2, 4))).hasValue(4);
	}

	@Test
	void one_item_where_the_child_is_harmed_keeps_the_area_at_four_or_worse() {
		assertThat(AreaGradeRule.propose(List.of(1, 1, 1, 5))).hasValue(4);
		assertThat(AreaGradeRule.propose(List.of(5, 5, 1))).hasValue(5);
	}

	@Test
	void ungraded_items_do_not_count_and_an_area_with_none_graded_has_no_proposal() {
		assertThat(AreaGradeRule.propose(Arrays.asList(null, 2, null))).hasValue(2);
		assertThat(AreaGradeRule.propose(Arrays.asList(null, null))).isEmpty();
		assertThat(AreaGradeRule.propose(List.of())).isEmpty();
	}

	@Test
	void the_rule_in_words_says_what_the_code_does() {
		assertThat(AreaGradeRule.IN_WORDS).contains("most often", "higher one", "graded 5", "at least 4");
	}
}
