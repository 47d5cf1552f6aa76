package org.seen.plans;

import java.time.LocalDate;
import java.util.UUID;

/** Drift first found on a plan (published once per finding, not every day it persists). */
public record DriftFound(UUID findingId, UUID planId, UUID childId, DriftCode code, LocalDate foundOn) {
}
