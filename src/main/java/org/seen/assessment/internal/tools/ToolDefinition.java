package org.seen.assessment.internal.tools;

import java.util.List;

import org.seen.assessment.Tool;

/**
 * A tool definition as read from one YAML file: the tool when the file is valid, otherwise every
 * problem found in it. {@code text} is what was read, kept so a version can be stored word for word.
 */
record ToolDefinition(String fileName, String text, Tool tool, List<ToolDefinitionProblem> problems) {

	ToolDefinition {
		problems = List.copyOf(problems);
		if (tool == null == problems.isEmpty()) {
			throw new IllegalArgumentException("A definition has a tool or problems, never both or neither");
		}
	}

	boolean valid() {
		return problems.isEmpty();
	}
}
