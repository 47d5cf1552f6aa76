package org.seen.insight.internal;

import java.util.ArrayList;
import java.util.List;

/** The errors and warnings found in a return so far, each list capped, with full counts. */
final class CensusFindings {

	private final List<CensusProblem> errors = new ArrayList<>();

	private final List<CensusProblem> warnings = new ArrayList<>();

	private long errorCount;

	private long warningCount;

	void error(String laChildId, CensusElement element, String message) {
		error(new CensusProblem(laChildId, element.name(), element.line(), message));
	}

	void error(CensusProblem problem) {
		errorCount++;
		if (errors.size() < CensusChecks.MAX_LISTED) {
			errors.add(problem);
		}
	}

	void warning(String laChildId, CensusElement element, String message) {
		warningCount++;
		if (warnings.size() < CensusChecks.MAX_LISTED) {
			warnings.add(new CensusProblem(laChildId, element.name(), element.line(), message));
		}
	}

	boolean hasErrors() {
		return errorCount > 0;
	}

	long errorCount() {
		return errorCount;
	}

	long warningCount() {
		return warningCount;
	}

	List<CensusProblem> errors() {
		return errors;
	}

	List<CensusProblem> warnings() {
		return warnings;
	}

	CensusRejected rejection() {
		return new CensusRejected(errors, errorCount);
	}
}
