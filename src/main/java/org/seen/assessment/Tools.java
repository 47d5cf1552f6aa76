package org.seen.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The library of assessment tools: the ones shipped in {@code classpath:tools/} and the versions
 * an administrator has uploaded. Every version ever loaded stays readable, so an assessment made
 * with an old version still shows its own wording.
 */
public interface Tools {

	/** The newest version of each tool. */
	List<Tool> current();

	Optional<Tool> find(String toolId, int version);

	Optional<Tool> latest(String toolId);

	/** Whether the practitioner may open this tool: always for open tools, by accreditation for restricted ones. */
	boolean mayUse(UUID practitionerId, Tool tool);
}
