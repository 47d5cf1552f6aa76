package org.seen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, in the order of its fields, as a GOV.UK error summary
 * and the messages beside each field show them. The same problems answer an API call as
 * problem details naming each field.
 */
public class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	public FormErrors reject(String field, String message) {
		byField.putIfAbsent(field, message);
		return this;
	}

	/**
	 * Puts the problems in the order the form shows its fields (the GOV.UK error summary lists
	 * them in that order), whatever order the checks found them in; fields not named keep their
	 * place after the named ones.
	 */
	public FormErrors inOrder(String... fields) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String field : fields) {
			if (byField.containsKey(field)) {
				ordered.put(field, byField.get(field));
			}
		}
		byField.forEach(ordered::putIfAbsent);
		byField.clear();
		byField.putAll(ordered);
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

	/** Throws the first problem for the API, which answers 422 naming the field. */
	public void throwIfAny() {
		if (any()) {
			Problem first = problems().get(0);
			throw new InvalidInput(first.field(), first.message(), problems());
		}
	}

	public record Problem(String field, String message) {
	}
}
