package org.seen.agencies.internal;

import java.util.UUID;

/** A practitioner as stored, with the version that a change must match. */
record PractitionerRecord(UUID id, UUID agencyId, String agencyName, UUID teamId, String teamName,
		String givenName, String familyName, String jobTitle, String email, int version) {

	public String name() {
		return (givenName + " " + familyName).trim();
	}
}
