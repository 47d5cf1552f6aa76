package org.seen.access.internal;

/** A problem with one form field, shown in the GOV.UK error summary and beside the field. */
record FormError(String field, String message) {
}
