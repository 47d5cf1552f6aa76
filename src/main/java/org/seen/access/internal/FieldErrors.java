package org.seen.access.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, in the order of its fields, shaped for the GOV.UK error
 * summary and field fragments in templates/fragments/govuk.html. (The web module's FormErrors
 * does the same, but the web module depends on this one, so this one cannot use it.)
 */
class FieldErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	FieldErrors reject(String field, String message) {
		byField.putIfAbsent(field, message);
		return this;
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		byField.forEach((field, message) -> problems.add(new Problem(field, message)));
		return problems;
	}

	record Problem(String field, String message) {
	}
}
