package org.seen.people;

import java.util.UUID;

/**
 * An adult in a child's life, as other modules need them: who, how they are related, and whether
 * they hold parental responsibility for the child (which decides, for one, who may see a family's plan).
 */
public record AdultSummary(UUID id, String name, RelationshipKind relationship, boolean livesWithChild,
		boolean parentalResponsibility) {

	/** An adult not recorded as holding parental responsibility. */
	public AdultSummary(UUID id, String name, RelationshipKind relationship, boolean livesWithChild) {
		this(id, name, relationship, livesWithChild, false);
	}
}
