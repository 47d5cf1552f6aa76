package org.seen.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seen.web.FormErrors;

/** When work may go ahead without the family's consent. */
class ConsentRuleTest {

	static final Levels LEVELS = new Levels(null);

	static final LevelOfNeed UNIVERSAL = LEVELS.require("UNIVERSAL");

	static final LevelOfNeed EARLY_HELP = LEVELS.require("EARLY_HELP");

	static final LevelOfNeed TARGETED = LEVELS.require("TARGETED_EARLY_HELP");

	static final LevelOfNeed STATUTORY = LEVELS.require("SPECIALIST");

	@Test
	void with_consent_standing_anything_may_go_ahead() {
		for (LevelOfNeed level : LEVELS.levels()) {
			assertThat(ConsentRule.check(level, true, null, null).any()).as(level.code()).isFalse();
		}
	}

	@Test
	void early_help_without_consent_is_refused_whatever_reason_is_given() {
		for (LevelOfNeed level : new LevelOfNeed[] { EARLY_HELP, TARGETED }) {
			FormErrors errors = ConsentRule.check(level, false, "The family would not engage", LawfulBasis.PUBLIC_TASK);
			assertThat(errors.has("consent")).isTrue();
			assertThat(errors.get("consent")).contains("Early help needs the family's consent");
		}
	}

	@Test
	void the_statutory_level_may_go_ahead_without_consent_with_a_reason_and_a_lawful_basis() {
		assertThat(ConsentRule.check(STATUTORY, false, "Asking would put the child at greater risk", LawfulBasis.PUBLIC_TASK)
			.any()).isFalse();
	}

	@Test
	void the_statutory_level_without_consent_needs_the_reason_and_the_lawful_basis() {
		FormErrors errors = ConsentRule.check(STATUTORY, false, "  ", null);
		assertThat(errors.has("withoutConsentReason")).isTrue();
		assertThat(errors.has("withoutConsentLawfulBasis")).isTrue();
		assertThat(errors.has("consent")).isFalse();
	}

	@Test
	void consent_is_not_a_lawful_basis_for_going_ahead_without_it() {
		FormErrors errors = ConsentRule.check(STATUTORY, false, "Risk of harm", LawfulBasis.CONSENT);
		assertThat(errors.get("withoutConsentLawfulBasis")).contains("Consent cannot be the lawful basis");
	}

	@Test
	void a_reason_longer_than_two_thousand_characters_is_refused() {
		assertThat(ConsentRule.check(STATUTORY, false, "x".repeat(2001), LawfulBasis.PUBLIC_TASK).has("withoutConsentReason"))
			.isTrue();
	}

	@Test
	void nothing_is_asked_at_the_universal_level() {
		assertThat(ConsentRule.check(UNIVERSAL, false, null, null).any()).isFalse();
	}

	@Test
	void only_the_statutory_level_may_proceed_without_consent() {
		assertThat(ConsentRule.mayProceedWithoutConsent(STATUTORY)).isTrue();
		assertThat(ConsentRule.mayProceedWithoutConsent(TARGETED)).isFalse();
		assertThat(ConsentRule.mayProceedWithoutConsent(EARLY_HELP)).isFalse();
		assertThat(ConsentRule.mayProceedWithoutConsent(UNIVERSAL)).isFalse();
	}
}
