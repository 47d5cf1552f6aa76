package org.seen.assessment.internal.tools;

/**
 * One thing wrong with a tool definition, placed by file, line and the path of the field, so the
 * person who wrote the YAML can go straight to it: {@code areas[0].items[1].descriptors.all.3}.
 */
record ToolDefinitionProblem(String file, int line, String path, String message) {

	/** The whole problem, as start-up failures and logs say it. */
	public String describe() {
		return file + " line " + line + ": " + withinFile();
	}

	/** The problem without the file's name, for a page that names the file once. */
	public String withinFile() {
		return path.isEmpty() ? message : path + " " + message;
	}

	@Override
	public String toString() {
		return describe();
	}
}
