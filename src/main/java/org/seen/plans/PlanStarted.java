package org.seen.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A Team Around the Family plan started for a child, at a level of need, with or without consent. */
public record PlanStarted(UUID planId, UUID childId, String levelCode, boolean withConsent, LocalDate startedOn) {
}
