package org.seen.insight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A return as stored: what the import answers with. */
record ImportedReturn(UUID id, String lea, int year, LocalDate referenceDate, int children, long warningCount,
		List<CensusProblem> warnings, UUID replaced) {
}
