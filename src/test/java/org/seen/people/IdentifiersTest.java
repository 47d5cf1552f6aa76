package org.seen.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

	@ParameterizedTest(name = "NHS number {0} valid={1}")
	@CsvSource({
			"9434765919, true",
			"943 476 5919, true",
			"943-476-5919, true",
			"9434765918, false", // wrong check digit
			"4010232137, true",
			"4010232138, false",
			"1000000010, false", // check value 10: no valid number has these nine digits
			"123456789, false", // nine digits
			"12345678901, false", // eleven digits
			"94347659AB, false",
			"'', false" })
	void nhs_numbers_are_checked_by_modulus_11(String input, boolean valid) {
		assertThat(NhsNumber.isValid(input)).isEqualTo(valid);
	}

	@ParameterizedTest(name = "UPN {0} valid={1}")
	@CsvSource({
			"H801200001001, true", // the DfE's worked example
			"h801200001001, true",
			"A801200001001, false", // wrong check letter
			"A123456789012, true",
			"Y123456789012, false",
			"H80120000100, false", // too short
			"1801200001001, false", // no check letter
			"'', false" })
	void unique_pupil_numbers_are_checked_by_their_check_letter(String input, boolean valid) {
		assertThat(Upn.isValid(input)).isEqualTo(valid);
	}

	@ParameterizedTest(name = "temporary UPN {0}")
	@CsvSource({ "80120000100A" })
	void a_temporary_upn_with_a_final_letter_gets_a_computed_check_letter(String twelve) {
		char check = Upn.checkLetter(twelve);
		assertThat(Upn.isValid(check + twelve)).isTrue();
		assertThat(Upn.LETTERS).contains(String.valueOf(check));
	}

	@ParameterizedTest(name = "postcode {0} valid={1}")
	@CsvSource({ "SW1A 1AA, true", "sw1a1aa, true", "NB1 4TQ, true", "M1 1AE, true", "B33 8TH, true", "CR2 6XH, true", "DN55 1PT, true",
			"QQ1 1AA, false", "SW1A 1A, false", "12345, false" })
	void postcodes_follow_the_uk_format(String input, boolean valid) {
		assertThat(Postcode.isValid(input)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "sw1a1aa, SW1A 1AA", "' m1  1ae ', M1 1AE" })
	void postcodes_are_stored_in_standard_form(String input, String expected) {
		assertThat(Postcode.normalise(input)).isEqualTo(expected);
	}
}
