package org.seen.chronology.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.chronology.EventType;

/** Narrows a chronology by source agency, type and dates (each optional, dates inclusive). */
record ChronologyFilter(UUID agencyId, EventType type, LocalDate from, LocalDate to) {

	static final ChronologyFilter ALL = new ChronologyFilter(null, null, null, null);
}
