package org.seen.pathway.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.seen.pathway.EarlyHelpPlans;
import org.springframework.stereotype.Component;

/**
 * Stands in for the plans module in tests: a child has an accepted early-help plan only when a
 * test says so, so a step-down can be tried with and without one.
 */
@Component
class PlansAcceptedInTests implements EarlyHelpPlans {

	static final Set<UUID> ACCEPTED = ConcurrentHashMap.newKeySet();

	@Override
	public boolean hasAcceptedEarlyHelpPlan(UUID childId) {
		return ACCEPTED.contains(childId);
	}
}
