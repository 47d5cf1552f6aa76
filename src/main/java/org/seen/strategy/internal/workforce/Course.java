package org.seen.strategy.internal.workforce;

import java.util.UUID;

/** A course the partnership runs; its topics are the aspects of neglect it covers, as typed. */
public record Course(UUID id, String title, String description, Reach reach, Delivery delivery, String topics,
		int sessions, int version) {
}
