package org.seen.chronology.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chronology's two sections of the child's page: open alerts with the events behind them,
 * and the most recent entries with a link to the whole chronology. The page has already
 * admitted and audited the actor.
 */
@Configuration(proxyBeanMethods = false)
class ChronologyPanels {

	static final int RECENT = 5;

	@Bean
	ChildPagePanel chronologyAlertsPanel(PatternAlerts alerts) {
		return new Panel(10, "chronology/panels :: alerts", (actor, childId) -> {
			List<PatternAlert> all = alerts.of(childId);
			return Map.of("childId", childId, "open", all.stream().filter(a -> !a.acknowledged()).toList(),
					"acknowledged", all.stream().filter(PatternAlert::acknowledged).limit(RECENT).toList());
		});
	}

	@Bean
	ChildPagePanel recentChronologyPanel(ChronologyEvents events) {
		return new Panel(20, "chronology/panels :: recent", (actor, childId) -> Map.of("childId", childId, "events",
				events.of(childId, ChronologyFilter.ALL, false, RECENT), "total", events.count(childId)));
	}

	private record Panel(int order, String fragment,
			java.util.function.BiFunction<Actor, UUID, Map<String, Object>> content) implements ChildPagePanel {

		@Override
		public Map<String, Object> model(Actor actor, UUID childId) {
			return content.apply(actor, childId);
		}
	}
}
