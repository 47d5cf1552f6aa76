package org.seen.people;

import java.util.UUID;

/** An adult in a child's life, as other modules need them: who, and how they are related. */
public record AdultSummary(UUID id, String name, RelationshipKind relationship, boolean livesWithChild) {
}
