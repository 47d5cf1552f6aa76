package org.seen.pathway.internal;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.stereotype.Component;

/**
 * The child's page section on the pathway: the level decided and suggested, consent, any open
 * referral, and the ways in. The page has already admitted and audited the actor.
 */
@Component
class PathwayPanel implements ChildPagePanel {

	private final ChildLevels levels;

	PathwayPanel(ChildLevels levels) {
		this.levels = levels;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public String fragment() {
		return "pathway/panel :: pathway";
	}

	@Override
	public Map<String, Object> model(Actor actor, UUID childId) {
		return Map.of("view", levels.pathwayOf(childId), "levels", levels.levels());
	}
}
