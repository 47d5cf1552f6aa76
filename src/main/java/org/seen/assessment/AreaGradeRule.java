package org.seen.assessment;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Proposes an area's grade from its item grades. The most frequent grade speaks for the area as
 * a whole; a tie goes to the more concerning grade so that a need is never averaged away; and
 * one item where the child is harmed (5) keeps the area at 4 or worse, because harm in one part
 * of a child's care is never outweighed by the rest.
 */
public final class AreaGradeRule {

	/** The rule in words, shown beside every proposed grade. */
	public static final String IN_WORDS = "The proposed grade for an area is the grade given most often to its items. "
			+ "When two grades are given equally often, the higher one is proposed. "
			+ "If any item is graded 5, the area is graded at least 4.";

	private AreaGradeRule() {
	}

	public static OptionalInt propose(Collection<Integer> itemGrades) {
		int[] counts = new int[6];
		itemGrades.stream().filter(Objects::nonNull).forEach(grade -> counts[grade]++);
		int proposed = 0;
		for (int grade = 1; grade <= 5; grade++) {
			if (counts[grade] > 0 && counts[grade] >= counts[proposed]) {
				proposed = grade;
			}
		}
		if (proposed == 0) {
			return OptionalInt.empty();
		}
		if (counts[5] > 0 && proposed < 4) {
			proposed = 4;
		}
		return OptionalInt.of(proposed);
	}
}
