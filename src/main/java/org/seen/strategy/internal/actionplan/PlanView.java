package org.seen.strategy.internal.actionplan;

import java.util.List;
import java.util.UUID;

import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Item;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Progress;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;

/** The strategy with its priorities, their aims and actions, and how many actions are at each rating. */
public record PlanView(Strategy strategy, List<PriorityView> priorities, RagCounts counts) {

	public record PriorityView(Priority priority, List<Aim> aims, List<Row> items, RagCounts counts) {
	}

	/** An action as the plan lists it, with its newest progress update (null before the first). */
	public record Row(Item item, Progress latest) {

		public Rag rag() {
			return latest == null ? null : latest.rag();
		}
	}

	/** How many actions are red, amber, green, and not yet rated. */
	public record RagCounts(int red, int amber, int green, int notRated) {

		public int total() {
			return red + amber + green + notRated;
		}

		static RagCounts of(List<Row> rows) {
			int red = 0, amber = 0, green = 0, none = 0;
			for (Row row : rows) {
				Rag rag = row.rag();
				if (rag == null) {
					none++;
				}
				else if (rag == Rag.RED) {
					red++;
				}
				else if (rag == Rag.AMBER) {
					amber++;
				}
				else {
					green++;
				}
			}
			return new RagCounts(red, amber, green, none);
		}
	}

	/** What the plan's page is filtered to: a rating ("RED", "NONE" for not yet rated) and a lead agency. */
	public record Filter(String rag, UUID agencyId) {

		public static final Filter NONE = new Filter(null, null);

		boolean admits(Row row) {
			if (agencyId != null && !agencyId.equals(row.item().leadAgencyId())) {
				return false;
			}
			if (rag == null || rag.isBlank()) {
				return true;
			}
			return "NONE".equals(rag) ? row.rag() == null : row.rag() != null && row.rag().name().equals(rag);
		}

		public boolean any() {
			return agencyId != null || (rag != null && !rag.isBlank());
		}
	}
}
