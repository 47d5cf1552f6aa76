package org.seen.supervision.internal;

/** A worker asking for supervision on a case they feel stuck with. */
public record StuckForm(String supervisor, String reason) {
}
