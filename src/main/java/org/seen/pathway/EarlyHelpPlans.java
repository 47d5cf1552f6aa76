package org.seen.pathway;

import java.util.UUID;

/**
 * What the pathway needs to know of plans, implemented by the plans module so that the pathway
 * does not depend on it: a step-down from social care to early help needs an early-help plan
 * whose lead professional has accepted it.
 */
public interface EarlyHelpPlans {

	/** Whether the child has an open early-help plan whose lead professional has accepted the lead. */
	boolean hasAcceptedEarlyHelpPlan(UUID childId);
}
