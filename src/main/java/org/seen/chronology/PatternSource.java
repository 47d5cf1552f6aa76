package org.seen.chronology;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A cumulative pattern that another module watches for in its own records (no child's voice
 * heard, say), raised and acknowledged with the chronology's alerts so that every warning about a
 * child sits in one list. The chronology asks every source whenever it runs its own rules.
 */
public interface PatternSource {

	AlertCode code();

	/**
	 * Whether the pattern holds for the child today.
	 *
	 * @param dateOfBirth empty for an unborn child
	 * @param involvedSince when the earliest current involvement began; empty if no agency is involved
	 */
	Optional<Found> evaluate(UUID childId, LocalDate dateOfBirth, LocalDate involvedSince, LocalDate today);

	/**
	 * A pattern found: why, in words; and, since no event joins a pattern of absence, how long after
	 * an acknowledgement it is raised again if it still holds.
	 */
	record Found(String reason, Duration remindAfter) {
	}
}
