/**
 * Sign-in, roles, record-level authorisation and the audit trail. Every read or write of a
 * child's record goes through {@link org.seen.access.ChildAccess}, which decides by involvement
 * and writes the audit entry, so that no screen can forget either.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access and audit")
package org.seen.access;
