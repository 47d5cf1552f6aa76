package org.seen.strategy.internal.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** One running of a course: when, who trained, where (or online) and how many places. */
public record Session(UUID id, UUID courseId, String courseTitle, LocalDate heldOn, String trainer, String venue,
		boolean online, int places, int attended, int version) {

	public String where() {
		return online ? "Online" : venue;
	}
}
