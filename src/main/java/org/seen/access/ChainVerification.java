package org.seen.access;

import java.util.Optional;

/**
 * The outcome of checking the audit trail's hash chain from its first entry to its last.
 *
 * @param entriesChecked how many entries were read
 * @param lastSeq the sequence number of the last entry read (0 when the trail is empty)
 * @param headHash the hash of the last entry: written down outside Seen, it lets a later check
 *     show that nobody rewrote the whole chain from some point on
 * @param firstBroken the first entry at which the chain does not hold, if any
 */
public record ChainVerification(long entriesChecked, long lastSeq, String headHash, Optional<BrokenLink> firstBroken) {

	public boolean intact() {
		return firstBroken.isEmpty();
	}

	/** One line for a person or a log: what was checked and what, if anything, is wrong. */
	public String summary() {
		return firstBroken.map(b -> "Audit chain BROKEN at entry " + b.seq() + ": " + b.explanation())
			.orElse("Audit chain intact: " + entriesChecked + " entries checked, last entry " + lastSeq
					+ ", head hash " + headHash);
	}

	/** Where the chain first fails, and how. */
	public record BrokenLink(long seq, Problem problem, String explanation) {
	}

	public enum Problem {
		/** The entry's content (or its stored hash) no longer matches the hash it was written with. */
		CONTENT_ALTERED,
		/** The entry does not point at the hash of the entry before it. */
		LINK_BROKEN,
		/** One or more entries before this one are missing: removed from the table. */
		ENTRIES_MISSING
	}
}
