package org.seen.escalation.internal;

import java.util.UUID;

/** What the raising form posts, kept as typed so it comes back with each mistake against its field. */
public record RaiseForm(String subject, String concern, String wanted, String withAgency, String withPractitioner) {

	static RaiseForm empty() {
		return new RaiseForm(null, null, null, null, null);
	}

	ChildEscalations.Raising raising() {
		return new ChildEscalations.Raising(subject, concern, wanted, id(withAgency), id(withPractitioner));
	}

	/** An id from a select; anything else is treated as not chosen, which the rules then name. */
	static UUID id(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
