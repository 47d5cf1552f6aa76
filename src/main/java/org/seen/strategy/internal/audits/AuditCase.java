package org.seen.strategy.internal.audits;

import java.util.UUID;

/** A sampled child, known to the audit by its case number; the child's id opens the record only through ChildAccess. */
public record AuditCase(UUID id, UUID auditId, int caseNumber, UUID childId) {
}
