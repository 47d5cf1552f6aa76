package org.seen.plans.internal;

import java.util.UUID;

/**
 * Someone in the team around the family: a practitioner (with their job title and agency) or a
 * family member (with how they are related to the child).
 */
public record Member(UUID id, Kind kind, UUID practitionerId, UUID adultId, String name, String role, String agencyName) {

	public enum Kind {
		PRACTITIONER, FAMILY
	}

	public boolean family() {
		return kind == Kind.FAMILY;
	}

	/** "Name, role (agency)" for practitioners, "Name (relationship)" for the family. */
	public String describe() {
		return family() ? name + " (" + role + ")" : name + ", " + role + " (" + agencyName + ")";
	}
}
