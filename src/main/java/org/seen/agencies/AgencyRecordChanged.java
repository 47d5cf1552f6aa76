package org.seen.agencies;

import java.util.UUID;

/**
 * An agency, team or practitioner was added or changed by an administrator. Published inside
 * the change's transaction, so that the access module writes the audit entry in that same
 * transaction (the agencies module cannot reach the audit trail itself without a cycle).
 *
 * @param recordType {@code AGENCY}, {@code TEAM} or {@code PRACTITIONER}
 * @param created true for an addition, false for a change
 * @param detail what changed, in words; never personal data beyond what the record already holds
 */
public record AgencyRecordChanged(String recordType, UUID recordId, boolean created, String detail) {
}
