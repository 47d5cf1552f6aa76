package org.seen.plans.internal;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.stereotype.Component;

/**
 * The child's page section on the Team Around the Family plan: the open plan with its lead, next
 * review and drift (checked now, as viewing a plan does), or the way to start one. The page has
 * already admitted and audited the actor.
 */
@Component
class PlanPanel implements ChildPagePanel {

	private final ChildPlans plans;

	PlanPanel(ChildPlans plans) {
		this.plans = plans;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String fragment() {
		return "plans/panel :: plan";
	}

	@Override
	public Map<String, Object> model(Actor actor, UUID childId) {
		return Map.of("childId", childId, "view", plans.openPlanOf(childId).<Object>map(v -> v).orElse(""));
	}
}
