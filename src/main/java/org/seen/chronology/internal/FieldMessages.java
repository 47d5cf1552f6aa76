package org.seen.chronology.internal;

import java.util.List;

import org.seen.web.FormErrors;

/** The chronology's field problems as the shared {@link FormErrors} that every form's templates read. */
final class FieldMessages {

	private FieldMessages() {
	}

	static FormErrors of(List<FieldProblem> problems) {
		FormErrors errors = new FormErrors();
		problems.forEach(p -> errors.reject(p.field(), p.message()));
		return errors;
	}

	static FormErrors of(String field, String message) {
		return new FormErrors().reject(field, message);
	}

	static final String STALE = "Someone else changed this entry while you were editing it. "
			+ "Your change has not been saved. Check the entry as it is now and make your change again.";
}
