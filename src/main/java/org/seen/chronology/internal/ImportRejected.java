package org.seen.chronology.internal;

import java.util.List;

/** An import file with at least one bad line: nothing from it is recorded. */
class ImportRejected extends RuntimeException {

	private final List<LineProblem> problems;

	ImportRejected(List<LineProblem> problems) {
		super(problems.size() + " bad lines");
		this.problems = List.copyOf(problems);
	}

	List<LineProblem> problems() {
		return problems;
	}

	/** What is wrong on one line of the file (line 1 is the header). */
	record LineProblem(long line, String column, String message) {
	}
}
