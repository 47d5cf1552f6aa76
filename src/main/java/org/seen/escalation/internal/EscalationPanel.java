package org.seen.escalation.internal;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.stereotype.Component;

/**
 * The child's page section on professional differences: open escalations with their stage and
 * deadline, and the way to raise one. The page has already admitted and audited the actor.
 */
@Component
class EscalationPanel implements ChildPagePanel {

	private final ChildEscalations escalations;

	EscalationPanel(ChildEscalations escalations) {
		this.escalations = escalations;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String fragment() {
		return "escalation/panel :: escalations";
	}

	@Override
	public Map<String, Object> model(Actor actor, UUID childId) {
		return Map.of("childId", childId, "open", escalations.openOnChild(childId), "today", escalations.today());
	}
}
