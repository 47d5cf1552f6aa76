package org.seen.chronology.internal;

import java.util.List;
import java.util.UUID;

import org.seen.chronology.AlertCode;

/** A pattern found in a chronology: which, why in words, and the events behind it. */
record PatternMatch(AlertCode code, String reason, List<UUID> eventIds) {
}
