package org.seen.chronology.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Only the agency that recorded an event may correct or remove it: it owns what it wrote. */
class NotTheSourceAgency extends ErrorResponseException {

	NotTheSourceAgency(String agencyName) {
		super(HttpStatus.FORBIDDEN, problem(agencyName), null);
	}

	private static ProblemDetail problem(String agencyName) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Only " + agencyName + " can correct or remove this entry. Ask them, or add an entry of your own.");
		problem.setTitle("Not your agency's entry");
		return problem;
	}
}
