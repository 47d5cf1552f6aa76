package org.seen.family;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the family's view reads a plan from, implemented by the plans module (so that the family
 * module does not depend on it). The family module has already checked that the signed-in family
 * member was invited to this child's plan, and audits the read.
 */
public interface FamilyPlanSource {

	/** The child's open plan in the family's words, if the child has one. */
	Optional<FamilyPlan> openPlanFor(UUID childId);
}
