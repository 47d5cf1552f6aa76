package org.seen.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may know of a child's newest completed assessment: its grades, item by item,
 * so that a level of need can be suggested from it and a plan's outcomes tied to its items. The
 * caller has already admitted the actor to the child's record.
 */
public record LatestAssessment(UUID id, UUID childId, String toolId, int toolVersion, String toolTitle,
		LocalDate assessedOn, List<GradedItem> items) {

	/** One graded item: its id and title in the assessment's tool version, and the grade given. */
	public record GradedItem(String itemId, String title, String areaTitle, int grade, Integer targetGrade,
			LocalDate reviewBy) {

		/** Grades 3 to 5 are needs; 4 and 5 mean neglect is identified. */
		public boolean need() {
			return grade >= 3;
		}
	}

	/** Highest grade given, or 0 when nothing is graded. */
	public int highestGrade() {
		return items.stream().mapToInt(GradedItem::grade).max().orElse(0);
	}

	public long countGraded(int atLeast) {
		return items.stream().filter(item -> item.grade() >= atLeast).count();
	}

	public Optional<GradedItem> item(String itemId) {
		return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
	}
}
