package org.seen.supervision.internal;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.stereotype.Component;

/**
 * The child's page section on supervision. It holds only the reader's own notes and requests (as
 * worker or supervisor); everyone else sees the same two links whether or not others have notes,
 * so the page gives away nothing, not even a count.
 */
@Component
class SupervisionPanel implements ChildPagePanel {

	private final SupervisionNotes notes;

	SupervisionPanel(SupervisionNotes notes) {
		this.notes = notes;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String fragment() {
		return "supervision/panel :: supervision";
	}

	@Override
	public Map<String, Object> model(Actor actor, UUID childId) {
		return Map.of("childId", childId, "mine", notes.mineOn(actor, childId), "today", notes.today());
	}
}
