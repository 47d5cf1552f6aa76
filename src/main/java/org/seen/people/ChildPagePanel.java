package org.seen.people;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;

/**
 * A section that another module adds to a child's page (the chronology, alerts, assessments),
 * so that the page can grow without people depending on every module that contributes to it.
 * The page has already admitted and audited the actor when panels are asked for their content.
 */
public interface ChildPagePanel {

	/** Where the panel stands on the page; lower first. */
	int order();

	/** The Thymeleaf fragment to render, such as {@code chronology/panels :: alerts}. */
	String fragment();

	/** What the fragment needs; it sees it as {@code panel.model}. */
	Map<String, Object> model(Actor actor, UUID childId);
}
