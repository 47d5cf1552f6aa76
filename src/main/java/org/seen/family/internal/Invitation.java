package org.seen.family.internal;

import java.util.List;
import java.util.UUID;

import org.seen.family.internal.FamilyMembers.Delivery;

/**
 * Who is invited to see which children's plans, and how they get their code: an adult recorded
 * around the child ({@code adultId}) or the young person themself ({@code youngPerson}).
 */
record Invitation(UUID adultId, boolean youngPerson, String email, Delivery delivery, List<UUID> childIds) {
}
