package org.seen.agencies;

import java.util.UUID;

/** What other modules need to know about a practitioner: who, and where they work. */
public record PractitionerSummary(UUID id, String name, String jobTitle, UUID agencyId, String agencyName,
		UUID teamId) implements java.io.Serializable {
}
