package org.seen.escalation.internal;

/**
 * What the move-up and resolve forms post: the version the escalation was read at, how the
 * current stage went, and either why it goes up or how it was resolved.
 */
public record StageForm(String version, String handledBy, String discussed, String reason, String outcome,
		String outcomeDetail, String learning) {

	static StageForm at(int version) {
		return new StageForm(String.valueOf(version), null, null, null, null, null, null);
	}

	/** The version posted; a missing or mangled one can match no row, so the change is refused as stale. */
	int expectedVersion() {
		try {
			return Integer.parseInt(version == null ? "" : version.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	ChildEscalations.MoveUp moveUp() {
		return new ChildEscalations.MoveUp(handledBy, discussed, reason);
	}

	ChildEscalations.Resolution resolution() {
		return new ChildEscalations.Resolution(handledBy, discussed, outcome, outcomeDetail, learning);
	}
}
