package org.seen.web;

import java.util.List;

/**
 * Input that breaks a rule (a missing name, an NHS number that fails its check, a duplicate
 * identifier). Forms show it against the field; the API answers 422 naming every field.
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	private final List<FormErrors.Problem> problems;

	public InvalidInput(String field, String message) {
		this(field, message, List.of(new FormErrors.Problem(field, message)));
	}

	public InvalidInput(String field, String message, List<FormErrors.Problem> problems) {
		super(message);
		this.field = field;
		this.problems = problems;
	}

	public String field() {
		return field;
	}

	public List<FormErrors.Problem> problems() {
		return problems;
	}
}
