package org.seen.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

	@Test
	void problems_are_listed_in_the_order_the_form_shows_its_fields() {
		FormErrors errors = new FormErrors().reject("unborn", "Select yes if the child is not born yet")
			.reject("other", "Something else")
			.reject("givenName", "Enter the child's first name");

		errors.inOrder("givenName", "familyName", "unborn");

		assertThat(errors.problems()).extracting(FormErrors.Problem::field).containsExactly("givenName", "unborn", "other");
	}

	@Test
	void the_first_problem_for_a_field_is_the_one_shown() {
		FormErrors errors = new FormErrors().reject("nhsNumber", "first").reject("nhsNumber", "second");
		assertThat(errors.get("nhsNumber")).isEqualTo("first");
	}
}
