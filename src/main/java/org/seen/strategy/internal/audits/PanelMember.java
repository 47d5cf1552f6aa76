package org.seen.strategy.internal.audits;

import java.util.UUID;

/** An auditor on an audit's panel and the agency they audit for. */
public record PanelMember(UUID accountId, String name, UUID agencyId, String agencyName) {
}
