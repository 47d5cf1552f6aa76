package org.seen.supervision.internal;

import java.util.UUID;

/** A practitioner with a manager's account, who can supervise. */
public record Supervisor(UUID practitionerId, UUID accountId, String name, String agencyName) {
}
