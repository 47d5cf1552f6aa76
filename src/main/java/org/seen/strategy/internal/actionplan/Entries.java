package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a form or an API call asks to store; checked by {@link StrategyActionPlan} before it is. */
final class Entries {

	private Entries() {
	}

	record StrategyEntry(String title, String vision, LocalDate startsOn, LocalDate endsOn) {
	}

	record PriorityEntry(Integer position, String title, String summary) {
	}

	record AimEntry(String reference, String statement) {
	}

	record ItemEntry(UUID priorityId, String reference, String title, String activities, String leadName,
			UUID leadAgencyId, LocalDate dueOn, ItemStatus status, List<UUID> aimIds) {

		ItemEntry {
			aimIds = aimIds == null ? List.of() : List.copyOf(aimIds);
		}
	}

	record KpiEntry(String description, String measureKey, KpiUnit unit, BigDecimal baselineValue,
			LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn, Direction direction) {
	}

	record ReadingEntry(BigDecimal value, LocalDate asAt) {
	}

	record ProgressEntry(Rag rag, String narrative, String impact, LocalDate asAt) {
	}

	record EvidenceEntry(String title, String link) {
	}

	record CycleEntry(LocalDate startsOn, String assess, String plan, String did, String review) {
	}
}
