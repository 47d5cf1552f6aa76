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
		String field = ex.getMostSpecificCause() instanceof tools.jackson.databind.DatabindException databind
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

	@ExceptionHandler(ErrorResponseException.class)
	ProblemDetail error(ErrorResponseException ex) {
		return ex.getBody();
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
