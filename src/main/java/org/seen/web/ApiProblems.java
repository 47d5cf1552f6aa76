package org.seen.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem details for the JSON API, naming the field at fault. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException ex) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.isEmpty() ? "The request is not valid." : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request",
				ex.field() + ": " + ex.getMessage());
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		// name the field Jackson could not read, such as an unknown code in "sex" or a malformed date
		Throwable cause = ex;
		while (cause != null && !(cause instanceof tools.jackson.databind.DatabindException)) {
			cause = cause.getCause();
		}
		String field = cause instanceof tools.jackson.databind.DatabindException databind
				? databind.getPath()
					.stream()
					.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
							: String.valueOf(reference.getIndex()))
					.reduce((a, b) -> a + "." + b)
					.orElse(null)
				: null;
		if (field == null) {
			return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
					"The request body is not valid JSON of the expected shape.");
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", field + ": has a value that is not allowed");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", "has a value that is not allowed")));
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getName() + ": is not valid");
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "is not valid")));
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Edited by someone else",
				"The record was changed by someone else since you loaded it. Load it again and reapply your change.");
	}

	/** Spring MVC's own errors (wrong method, media type, missing parameter) already carry a problem. */
	@ExceptionHandler({ ErrorResponseException.class,
			org.springframework.web.HttpRequestMethodNotSupportedException.class,
			org.springframework.web.HttpMediaTypeNotSupportedException.class,
			org.springframework.web.HttpMediaTypeNotAcceptableException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class })
	org.springframework.http.ResponseEntity<ProblemDetail> error(Exception ex) {
		org.springframework.web.ErrorResponse response = (org.springframework.web.ErrorResponse) ex;
		return org.springframework.http.ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.body(response.getBody());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
