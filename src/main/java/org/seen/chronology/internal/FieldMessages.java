package org.seen.chronology.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors in the order the fields appear, as the map the chronology's templates read for the
 * GOV.UK error summary and each field (the other modules use org.seen.web.FormErrors).
 */
final class FieldMessages {

	private FieldMessages() {
	}

	static Map<String, String> of(List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
		return errors;
	}

	static Map<String, String> of(String field, String message) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(field, message);
		return errors;
	}

	static final String STALE = "Someone else changed this entry while you were editing it. "
			+ "Your change has not been saved. Check the entry as it is now and make your change again.";
}
