package org.seen.web;

/**
 * Input that breaks a rule only the service can check (a duplicate identifier, a date in the
 * wrong order). Forms show it against the field; the API answers 422 naming the field.
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	public InvalidInput(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
