package org.seen.family.internal;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.stereotype.Component;

/**
 * The child's page section on the family's view: who in the family may see the plan, when they
 * last signed in, their latest feedback, and (for whoever manages it) invite, new code and end
 * access. The page has already admitted and audited the actor.
 */
@Component
class FamilyAccessPanel implements ChildPagePanel {

	private final FamilyInvitations invitations;

	private final FamilyMail mail;

	FamilyAccessPanel(FamilyInvitations invitations, FamilyMail mail) {
		this.invitations = invitations;
		this.mail = mail;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String fragment() {
		return "family/panel :: access";
	}

	@Override
	public Map<String, Object> model(Actor actor, UUID childId) {
		return Map.of("access", invitations.ofChild(actor, childId), "emailAvailable", mail.available());
	}
}
