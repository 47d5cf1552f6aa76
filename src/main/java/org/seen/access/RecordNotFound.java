package org.seen.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The record does not exist, or the actor may not see it: the two answer alike so that access
 * rules leak nothing about which children exist.
 */
public class RecordNotFound extends ErrorResponseException {

	public RecordNotFound() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record.");
		problem.setTitle("Not found");
		return problem;
	}
}
