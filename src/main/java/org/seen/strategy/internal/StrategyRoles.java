package org.seen.strategy.internal;

import java.util.Set;

import org.seen.access.Actor;
import org.seen.access.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what in the strategy module. The route rules admit every signed-in member of staff to
 * {@code /strategy/**}; each screen then asks here, so the rule for a kind of work is written once.
 * The partnership's business unit (analysts) and administrators keep the strategy, the action plan,
 * the audits' set-up, the training register and the reviews register; managers, safeguarding leads
 * and auditors read them, as do the leads of actions who sit on the subgroup.
 */
public final class StrategyRoles {

	/** Read the strategy, the action plan, the summaries and the reports. */
	public static final Set<Role> READERS = Set.of(Role.ANALYST, Role.ADMINISTRATOR, Role.MANAGER, Role.DSL,
			Role.AUDITOR);

	/** Change the strategy, the action plan and the partnership's registers. */
	public static final Set<Role> EDITORS = Set.of(Role.ANALYST, Role.ADMINISTRATOR);

	private StrategyRoles() {
	}

	public static boolean reads(Actor actor) {
		return READERS.contains(actor.role());
	}

	public static boolean edits(Actor actor) {
		return EDITORS.contains(actor.role());
	}

	/** Refuses (403) an actor whose role is not one of {@code roles}. */
	public static void require(Actor actor, Set<Role> roles) {
		if (!roles.contains(actor.role())) {
			throw new AccessDeniedException("Your role may not do this.");
		}
	}
}
