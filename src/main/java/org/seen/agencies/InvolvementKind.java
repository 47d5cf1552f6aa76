package org.seen.agencies;

/** How an agency or practitioner comes to be working with a child. */
public enum InvolvementKind {
	/** Working with the child or family. */
	INVOLVED,
	/** The lead professional of the child's plan. */
	LEAD_PROFESSIONAL,
	/** The child has been referred to this agency (the front door, children's social care). */
	REFERRED
}
