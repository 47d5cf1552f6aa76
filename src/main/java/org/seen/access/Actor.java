package org.seen.access;

import java.io.Serializable;
import java.util.UUID;

import org.seen.agencies.PractitionerSummary;

/**
 * Who is acting: the signed-in person or agency system. {@code practitioner} is empty for roles
 * that do not work with children (analyst, auditor, administrator).
 */
public record Actor(UUID accountId, String username, String displayName, Role role, PractitionerSummary practitioner)
		implements Serializable {

	public UUID agencyId() {
		return practitioner == null ? null : practitioner.agencyId();
	}

	public UUID practitionerId() {
		return practitioner == null ? null : practitioner.id();
	}

	public String agencyName() {
		return practitioner == null ? "" : practitioner.agencyName();
	}

	public boolean is(Role other) {
		return role == other;
	}
}
