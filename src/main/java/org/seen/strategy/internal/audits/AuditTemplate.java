package org.seen.strategy.internal.audits;

import java.util.List;
import java.util.UUID;

/** A named set of questions an audit grades each case on. In use by an audit, it is never changed: copy it. */
public record AuditTemplate(UUID id, String name, String description, UUID copiedFrom, int version, boolean inUse,
		List<Question> questions) {

	public record Question(UUID id, int position, String text, Scale scale) {
	}
}
