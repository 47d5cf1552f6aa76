package org.seen.chronology.internal;

/** What is wrong with one field, in words a practitioner understands. */
record FieldProblem(String field, String message) {
}
