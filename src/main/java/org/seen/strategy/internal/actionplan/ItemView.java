package org.seen.strategy.internal.actionplan;

import java.util.List;

import org.seen.strategy.internal.actionplan.StrategyParts.Aim;
import org.seen.strategy.internal.actionplan.StrategyParts.Evidence;
import org.seen.strategy.internal.actionplan.StrategyParts.Item;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Progress;

/** An action with everything its page shows: the aims it serves, its indicators, progress and evidence. */
public record ItemView(Item item, Priority priority, List<Aim> aims, List<KpiView> kpis, List<Progress> progress,
		List<Evidence> evidence) {

	/** The newest progress update, whose rating is the action's; null before the first. */
	public Progress latest() {
		return progress.isEmpty() ? null : progress.get(0);
	}

	public Rag rag() {
		return progress.isEmpty() ? null : progress.get(0).rag();
	}
}
