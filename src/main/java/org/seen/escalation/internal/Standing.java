package org.seen.escalation.internal;

/** Why someone may open an escalation; decides whether they see the child's name and what they may do. */
public enum Standing {
	/** They may see the child's record (involved, or their agency is). */
	CHILD,
	/**
	 * A party to the disagreement who cannot see the child's record now: the raiser, the named
	 * practitioner, or a manager or DSL of either agency. They see the child's name, because the
	 * disagreement is about their own work with the child, but not the record.
	 */
	PARTY,
	/** The partnership's business unit (analyst, auditor, administrator): a reference, never the child's name. */
	PARTNERSHIP
}
