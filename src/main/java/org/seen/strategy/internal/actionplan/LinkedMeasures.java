package org.seen.strategy.internal.actionplan;

import java.util.List;
import java.util.Optional;

import org.seen.access.Actor;
import org.seen.insight.Measures;
import org.springframework.stereotype.Component;

/** The insight module's measures, as the action plan's indicators link to them. */
@Component
class LinkedMeasures implements KpiMeasures {

	private final Measures measures;

	LinkedMeasures(Measures measures) {
		this.measures = measures;
	}

	@Override
	public List<Choice> choices() {
		return measures.choices().stream().map(c -> new Choice(c.key(), c.label(), c.source())).toList();
	}

	@Override
	public Optional<Trend> trend(String key, Actor actor) {
		return measures.trend(key, actor)
			.map(t -> new Trend(t.key(), t.label(), t.source(),
					t.points().stream().map(p -> new Point(p.period(), p.asAt(), p.value(), p.withheld())).toList()));
	}
}
