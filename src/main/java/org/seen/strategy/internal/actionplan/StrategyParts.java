package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stored parts of the strategy and its action plan, as read back from the database. */
public final class StrategyParts {

	private StrategyParts() {
	}

	/** The partnership's strategy: its title, its vision in its own words and the years it runs. */
	public record Strategy(UUID id, String title, String vision, LocalDate startsOn, LocalDate endsOn, int version) {
	}

	public record Priority(UUID id, UUID strategyId, int position, String title, String summary, int version) {
	}

	/** An aim as the strategy words it, with the strategy's own reference ("1.2"). */
	public record Aim(UUID id, UUID priorityId, String reference, String statement, int version) {
	}

	public record Item(UUID id, UUID priorityId, String reference, String title, String activities, String leadName,
			UUID leadAgencyId, String leadAgencyName, LocalDate dueOn, ItemStatus status, int version,
			List<UUID> aimIds) {

		public String lead() {
			return leadName + ", " + leadAgencyName;
		}
	}

	public record Kpi(UUID id, UUID itemId, String description, String measureKey, KpiUnit unit,
			BigDecimal baselineValue, LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn,
			Direction direction, int version) {

		public boolean linked() {
			return measureKey != null;
		}
	}

	/** A typed value of a key performance indicator that is not linked to a measure. */
	public record Reading(UUID id, UUID kpiId, BigDecimal value, LocalDate asAt) {
	}

	/** A progress update: added, never edited, so the history shows how the action went. */
	public record Progress(UUID id, UUID itemId, Rag rag, String narrative, String impact, LocalDate asAt,
			Instant recordedAt, String recordedBy) {
	}

	/** Where to see what an action has done: a page of Seen ("/insight") or a web address. */
	public record Evidence(UUID id, UUID itemId, String title, String link, Instant addedAt) {

		public boolean external() {
			return !link.startsWith("/");
		}
	}

	/** Assess, plan, do, review for one quarter of the financial year. */
	public record ReviewCycle(UUID id, UUID strategyId, LocalDate startsOn, LocalDate endsOn, String assess,
			String plan, String did, String review, Instant updatedAt, int version) {

		public String period() {
			return Quarters.label(startsOn);
		}
	}
}
