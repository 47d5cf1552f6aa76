package org.seen.family.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyCodesTest {

	@Test
	void codes_are_ten_characters_from_an_alphabet_without_look_alikes() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = FamilyCodes.newCode();
			assertThat(code).hasSize(10).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]+").doesNotContain("0", "O", "1", "I", "L");
			seen.add(code);
		}
		assertThat(seen).as("random, not repeating").hasSize(1000);
	}

	@Test
	void a_code_is_accepted_however_it_is_typed() {
		assertThat(FamilyCodes.normalise(" abcde-fgh23 ")).contains("ABCDEFGH23");
		assertThat(FamilyCodes.normalise("ABCDE FGH23")).contains("ABCDEFGH23");
		assertThat(FamilyCodes.display("ABCDEFGH23")).isEqualTo("ABCDE-FGH23");
	}

	@Test
	void what_could_never_be_a_code_is_refused_before_any_lookup() {
		assertThat(FamilyCodes.normalise(null)).isEmpty();
		assertThat(FamilyCodes.normalise("ABCDEFGH2")).as("too short").isEmpty();
		assertThat(FamilyCodes.normalise("ABCDEFGH2O")).as("letter O is never used").isEmpty();
		assertThat(FamilyCodes.normalise("ABCDEFGH2%")).isEmpty();
	}

	@Test
	void a_family_reference_is_read_however_it_is_typed() {
		assertThat(FamilyCodes.newReference()).matches("FAM-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
		assertThat(FamilyCodes.reference("fam abc234")).contains("FAM-ABC234");
		assertThat(FamilyCodes.reference("FAM-ABC234")).contains("FAM-ABC234");
		assertThat(FamilyCodes.reference("someone@example.com")).isEmpty();
		assertThat(FamilyCodes.reference("FAM-ABC23")).isEmpty();
	}

	@Test
	void durations_are_said_in_plain_words() {
		assertThat(FamilyText.duration(java.time.Duration.ofMinutes(15))).isEqualTo("15 minutes");
		assertThat(FamilyText.duration(java.time.Duration.ofDays(14))).isEqualTo("14 days");
		assertThat(FamilyText.duration(java.time.Duration.ofHours(1))).isEqualTo("1 hour");
	}
}
