package org.seen.family.internal;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * A signed-in family member as the session holds them. Deliberately not an account or an
 * {@link org.seen.access.Actor}: nothing that serves practitioners recognises it.
 */
record FamilyPrincipal(UUID memberId, String reference) implements Principal, Serializable {

	@Override
	public String getName() {
		return "family:" + reference;
	}
}
