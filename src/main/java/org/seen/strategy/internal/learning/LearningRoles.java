package org.seen.strategy.internal.learning;

import java.util.EnumSet;
import java.util.Set;

import org.seen.access.Actor;
import org.seen.access.Role;
import org.seen.strategy.internal.StrategyRoles;

/**
 * Who reads and who keeps the register of reviews. Learning from reviews is for everyone who works
 * with children, so besides the strategy's readers every casework role reads the register (the
 * reviews are published documents and name no child); only the strategy's editors change it.
 * Agency systems neither read nor change it.
 */
final class LearningRoles {

	static final Set<Role> READERS;

	static {
		EnumSet<Role> readers = EnumSet.copyOf(StrategyRoles.READERS);
		for (String casework : Role.CASEWORK) {
			readers.add(Role.valueOf(casework));
		}
		READERS = Set.copyOf(readers);
	}

	static final Set<Role> EDITORS = StrategyRoles.EDITORS;

	private LearningRoles() {
	}

	static void requireReader(Actor actor) {
		StrategyRoles.require(actor, READERS);
	}

	static void requireEditor(Actor actor) {
		StrategyRoles.require(actor, EDITORS);
	}

	static boolean edits(Actor actor) {
		return EDITORS.contains(actor.role());
	}
}
