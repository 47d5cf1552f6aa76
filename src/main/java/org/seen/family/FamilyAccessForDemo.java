package org.seen.family;

import java.util.List;
import java.util.UUID;

import org.seen.Deployment;
import org.seen.family.internal.DemoCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo partnership a family who can sign in: a parent invited with a fixed printed code
 * (see docs/family-view.md), which works again after each use. Refused anywhere but the embedded
 * demo database, so no real deployment can ever hold a known code.
 */
@Service
public class FamilyAccessForDemo {

	private final Deployment deployment;

	private final DemoCode demo;

	FamilyAccessForDemo(Deployment deployment, DemoCode demo) {
		this.deployment = deployment;
		this.demo = demo;
	}

	/** Invites the adult to see the children's plans as the given practitioner; answers the family reference. */
	@Transactional
	public String invite(UUID adultId, List<UUID> childIds, UUID invitedBy) {
		if (!deployment.isDemo()) {
			throw new IllegalStateException("Demo family access exists only on the embedded demo database");
		}
		return demo.invite(adultId, childIds, invitedBy);
	}
}
