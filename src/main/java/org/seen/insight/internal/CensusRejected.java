package org.seen.insight.internal;

import java.util.List;

/** A return with at least one error: nothing from it is stored. */
class CensusRejected extends RuntimeException {

	private final List<CensusProblem> errors;

	private final long errorCount;

	CensusRejected(List<CensusProblem> errors, long errorCount) {
		super(errorCount + " error(s) in the return");
		this.errors = List.copyOf(errors);
		this.errorCount = errorCount;
	}

	CensusRejected(CensusProblem error) {
		this(List.of(error), 1);
	}

	/** The errors listed, at most {@link CensusChecks#MAX_LISTED}. */
	List<CensusProblem> errors() {
		return errors;
	}

	/** Every error found, including those not listed. */
	long errorCount() {
		return errorCount;
	}
}
