package org.seen.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the plans module at the boundary it will fill: a fixed, invented plan for each
 * child a test names with {@link #giveAPlanTo}. Only tests that import it have it; the application
 * itself never does (test configurations are not scanned).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFamilyPlans {

	private static final Set<UUID> WITH_PLAN = ConcurrentHashMap.newKeySet();

	public static void giveAPlanTo(UUID childId) {
		WITH_PLAN.add(childId);
	}

	@Bean
	FamilyPlanSource testFamilyPlans() {
		return childId -> WITH_PLAN.contains(childId) ? Optional.of(plan(childId)) : Optional.empty();
	}

	public static FamilyPlan plan(UUID childId) {
		LocalDate today = LocalDate.now();
		return new FamilyPlan(UUID.nameUUIDFromBytes(childId.toString().getBytes()), childId, "Test child",
				"Robin Ashdown", "Northbrook Early Help",
				List.of("Breakfast is on the table before school every day.", "The family goes to the Tuesday play group."),
				List.of(new FamilyPlan.Change("Getting to school on time every day", "The school register shows no late marks for four weeks",
						today.plusWeeks(6), "Late twice in the last fortnight, down from eight"),
						new FamilyPlan.Change("A safe, tidy bedroom", "A bed with clean sheets and a clear floor at the next home visit",
								today.plusWeeks(8), null)),
				List.of(new FamilyPlan.Action("Walk to school together each morning", "You", today.plusWeeks(2), false),
						new FamilyPlan.Action("Arrange a bed and bedding from the furniture project", "Family support worker, Northbrook Early Help",
								today.minusDays(3), true)),
				List.of(new FamilyPlan.Member("Robin Ashdown", "Lead professional, Northbrook Early Help"),
						new FamilyPlan.Member("Sam Whitlow", "Class teacher, Northbrook Primary School")),
				today.plusWeeks(3), "Northbrook Family Hub", "Things are moving the right way: mornings are calmer.",
				today.minusMonths(2));
	}
}
