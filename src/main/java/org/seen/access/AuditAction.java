package org.seen.access;

/** What was done to a record, as written in the audit trail. */
public enum AuditAction {
	VIEW, SEARCH, CREATE, CHANGE, REMOVE, EXPORT, IMPORT, DENIED, BREAK_GLASS, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT
}
