package org.seen.worklist;

import java.util.List;

import org.seen.access.Actor;

/**
 * Work another module has for the signed-in person. Implementations filter in the database to the
 * children the actor may see (through {@link org.seen.access.ChildAccess#visibleTo}) and return at
 * most a few hundred items; the worklist audits the view.
 */
public interface WorklistSource {

	List<WorkItem> workFor(Actor actor);
}
