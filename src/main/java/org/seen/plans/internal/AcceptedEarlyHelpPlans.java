package org.seen.plans.internal;

import java.util.UUID;

import org.seen.pathway.EarlyHelpPlans;
import org.springframework.stereotype.Component;

/** Tells the pathway whether a step-down has an early-help plan to go to, with an accepted lead. */
@Component
class AcceptedEarlyHelpPlans implements EarlyHelpPlans {

	private final Plans plans;

	AcceptedEarlyHelpPlans(Plans plans) {
		this.plans = plans;
	}

	@Override
	public boolean hasAcceptedEarlyHelpPlan(UUID childId) {
		return plans.hasAcceptedEarlyHelpPlan(childId);
	}
}
