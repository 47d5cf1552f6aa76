package org.seen.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.Actor;
import org.seen.chronology.AlertCode;
import org.seen.chronology.PatternCheck;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(Family.class)
class ChildVoicesTest {

	@Autowired
	ChildVoices voices;

	@Autowired
	ChildAssessments assessments;

	@Autowired
	PatternCheck patterns;

	@Autowired
	Family family;

	@Autowired
	JdbcClient jdbc;

	Actor visitor() {
		return family.actor("health.visitor");
	}

	static VoiceEntry words(LocalDate on, List<String> items) {
		return new VoiceEntry(VoiceKind.WORDS, on, "I like it when Dad makes pancakes", "The dog barks at night",
				"My bike", "To have friends round", null, null, "At home, alone, with a drawing of three houses", items);
	}

	@Test
	void the_childs_words_are_kept_with_how_and_by_whom_they_were_gathered() {
		var home = family.create("health.visitor");
		ChildVoice voice = voices.record(visitor(), home.older(), words(LocalDate.now(), List.of()), null);
		assertThat(voice.words()).isEqualTo("I like it when Dad makes pancakes");
		assertThat(voice.howGathered()).contains("three houses");
		assertThat(voice.gatheredBy()).contains("Health Visiting");
		assertThat(voices.ofChild(visitor(), home.older())).extracting(ChildVoice::id).containsExactly(voice.id());
	}

	@Test
	void each_kind_needs_its_own_content() {
		LocalDate today = LocalDate.now();
		assertThat(fields(new VoiceEntry(VoiceKind.WORDS, today, " ", null, null, null, "ignored", null, "Talk", null)))
			.containsExactly("words");
		assertThat(fields(new VoiceEntry(VoiceKind.OBSERVED, today, null, null, null, null, null, null, "Visit", null)))
			.containsExactly("observed");
		assertThat(fields(new VoiceEntry(VoiceKind.NOT_GATHERED, today, null, null, null, null, null, "", null, null)))
			.containsExactly("notGatheredReason");
		assertThat(fields(new VoiceEntry(null, today.plusDays(1), null, null, null, null, null, null, null, null)))
			.containsExactly("kind", "gatheredOn");
	}

	private static List<String> fields(VoiceEntry entry) {
		return entry.check(LocalDate.now()).problems().stream().map(FormErrors.Problem::field).toList();
	}

	@Test
	void a_voice_can_be_linked_to_items_of_the_childs_assessment_but_not_to_items_it_does_not_have() {
		var home = family.create("health.visitor");
		UUID assessment = assessments.start(visitor(), home.older(), "family-strengths-and-needs", LocalDate.now())
			.assessment()
			.id();
		ChildVoice linked = voices.record(visitor(), home.older(), words(LocalDate.now(), List.of("nutrition")), assessment);
		assertThat(voices.ofAssessment(assessment)).extracting(ChildVoice::id).containsExactly(linked.id());
		assertThat(linked.itemIds()).containsExactly("nutrition");
		assertThatThrownBy(() -> voices.record(visitor(), home.older(), words(LocalDate.now(), List.of("pocket-money")),
				assessment))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("itemIds"));
		// the assessment of a brother is not this child's
		assertThatThrownBy(() -> voices.record(visitor(), home.younger(), words(LocalDate.now(), List.of()), assessment))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("assessmentId"));
		assertThat(count(home.younger())).isZero();
	}

	@Test
	void a_child_known_to_agencies_for_90_days_with_no_voice_raises_the_alert() {
		var home = family.create();
		family.involve(home.older(), "health.visitor", LocalDate.now().minusDays(100));
		assertThat(patterns.evaluate(home.older())).contains(AlertCode.NO_CHILD_VOICE);
		assertThat(jdbc.sql("select reason from pattern_alert where child_id = ? and code = 'NO_CHILD_VOICE'")
			.param(home.older())
			.query(String.class)
			.single()).contains("100 days");
	}

	@Test
	void a_recent_voice_keeps_the_alert_away_but_a_note_that_it_could_not_be_gathered_does_not() {
		var heard = family.create();
		family.involve(heard.older(), "health.visitor", LocalDate.now().minusDays(100));
		voices.record(visitor(), heard.older(), words(LocalDate.now().minusDays(10), List.of()), null);
		assertThat(patterns.evaluate(heard.older())).doesNotContain(AlertCode.NO_CHILD_VOICE);

		var unheard = family.create();
		family.involve(unheard.older(), "health.visitor", LocalDate.now().minusDays(100));
		voices.record(visitor(), unheard.older(), new VoiceEntry(VoiceKind.NOT_GATHERED, LocalDate.now(), null, null,
				null, null, null, "Asleep at both visits", null, null), null);
		assertThat(patterns.evaluate(unheard.older())).contains(AlertCode.NO_CHILD_VOICE);
	}

	@Test
	void someone_not_working_with_the_child_can_neither_read_nor_record_the_voice() {
		var home = family.create("health.visitor");
		assertThatThrownBy(() -> voices.ofChild(family.actor("teacher"), home.older()))
			.isInstanceOf(org.seen.access.RecordNotFound.class);
		assertThatThrownBy(() -> voices.record(family.actor("teacher"), home.older(), words(LocalDate.now(), List.of()), null))
			.isInstanceOf(org.seen.access.RecordNotFound.class);
		assertThat(count(home.older())).isZero();
	}

	private int count(UUID childId) {
		return jdbc.sql("select count(*) from child_voice where child_id = ?").param(childId).query(Integer.class).single();
	}
}
