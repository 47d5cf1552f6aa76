package org.seen.strategy.internal.actionplan;

import java.util.List;
import java.util.Optional;

import org.seen.access.Actor;
import org.springframework.stereotype.Component;

/** Stands in until the insight module's measure catalogue is merged. */
@Component
class NoMeasuresYet implements KpiMeasures {

	@Override
	public List<Choice> choices() {
		return List.of();
	}

	@Override
	public Optional<Trend> trend(String key, Actor actor) {
		return Optional.empty();
	}
}
