package org.seen.strategy.internal.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.access.TestChildren;
import org.seen.family.FamilyFeedbackFigures;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Feedback: entries are anonymous, the family's figures carry no identifiers, and the summary
 * withholds small numbers and shows comments only to editors with enough responses. Summary tests
 * work in far-off years so the demo's feedback never falls in their period.
 */
@SpringBootTest
@ActiveProfiles("test")
class FeedbackTest {

	@Autowired
	FeedbackEntries entries;

	@Autowired
	FeedbackReport report;

	@Autowired
	FamilyFeedbackFigures family;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	UUID agency(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(UUID.class).single();
	}

	void printed(LocalDate on, int helpfulness, String helping) {
		jdbc.sql("insert into printed_feedback (id, given_on, agency_id, helpfulness, helping) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), on, agency("HV"), helpfulness, helping)
			.update();
	}

	void practitioner(LocalDate on, int rating, String helped) {
		jdbc.sql("""
				insert into practitioner_feedback (id, given_on, service, rating, helped, agency_kind)
				values (?, ?, 'FRONT_DOOR', ?, ?, 'SCHOOL')""")
			.params(UUID.randomUUID(), on, rating, helped)
			.update();
	}

	/** A family member of a new test child giving feedback in the family view on a day. */
	void familyView(LocalDate on, int helpfulness, String helping) {
		UUID child = new TestChildren(jdbc).create("Feedback").id();
		UUID member = UUID.randomUUID();
		String letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
		Random random = new Random();
		StringBuilder reference = new StringBuilder("FAM-");
		for (int i = 0; i < 6; i++) {
			reference.append(letters.charAt(random.nextInt(letters.length())));
		}
		jdbc.sql("""
				insert into family_member (id, reference, young_person_id, invited_by, invited_at)
				values (?, ?, ?, (select practitioner_id from account where username = 'teacher'), now())""")
			.params(member, reference.toString(), child)
			.update();
		jdbc.sql("""
				insert into family_feedback (id, family_member_id, child_id, helpfulness, helping, given_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), member, child, helpfulness, helping,
					Timestamp.from(on.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()))
			.update();
	}

	@Test
	void the_family_figures_carry_no_child_family_member_or_name() {
		assertThat(Arrays.stream(FamilyFeedbackFigures.Response.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactly("givenOn", "helpfulness", "helping", "couldBeBetter", "anythingElse");
		familyView(LocalDate.of(2041, 5, 2), 5, "The breakfast club");
		List<FamilyFeedbackFigures.Response> responses = family.between(LocalDate.of(2041, 5, 1),
				LocalDate.of(2041, 5, 31));
		assertThat(responses).singleElement().satisfies(r -> {
			assertThat(r.givenOn()).isEqualTo(LocalDate.of(2041, 5, 2));
			assertThat(r.helpfulness()).isEqualTo(5);
			assertThat(r.helping()).isEqualTo("The breakfast club");
		});
	}

	@Test
	void a_printed_form_is_linked_to_no_child_or_person() {
		assertThat(columns("printed_feedback")).containsExactlyInAnyOrder("id", "given_on", "agency_id", "helpfulness",
				"helping", "could_be_better", "anything_else");
		assertThat(columns("practitioner_feedback")).containsExactlyInAnyOrder("id", "given_on", "service", "rating",
				"helped", "could_be_better", "agency_kind");
	}

	@Test
	void a_printed_form_with_a_bad_score_a_future_date_or_no_agency_is_refused_and_nothing_is_stored() {
		Actor teacher = actors.actor("teacher");
		long before = count("printed_feedback");
		assertThatThrownBy(() -> entries.enterPrintedForm(teacher,
				new FeedbackEntries.PrintedForm(entries.today().plusDays(1), "", "6", "Fine", "", ""), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ": " + p.message())
				.containsExactly("givenOn: The date the form was filled in must be today or in the past",
						"agencyId: Select the agency whose support the form is about",
						"helpfulness: Select how helpful the family found the support"));
		assertThatThrownBy(() -> entries.enterPrintedForm(teacher, new FeedbackEntries.PrintedForm(entries.today(),
				agency("HV").toString(), "4", "x".repeat(2001), "", ""), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage())
				.isEqualTo("What is helping must be 2000 characters or fewer"));
		assertThat(count("printed_feedback")).isEqualTo(before);
		entries.enterPrintedForm(teacher, new FeedbackEntries.PrintedForm(entries.today(), agency("HV").toString(), "4",
				"Visits at home", "", ""), null);
		assertThat(count("printed_feedback")).isEqualTo(before + 1);
	}

	@Test
	void practitioner_feedback_keeps_the_agency_kind_only() {
		UUID id = entries.givePractitionerFeedback(actors.actor("police.officer"),
				new FeedbackEntries.PractitionerFeedback("FRONT_DOOR", "5", "A quick answer", ""));
		assertThat(jdbc.sql("select agency_kind from practitioner_feedback where id = ?").param(id).query(String.class)
			.single()).isEqualTo("POLICE");
		assertThatThrownBy(() -> entries.givePractitionerFeedback(actors.actor("teacher"),
				new FeedbackEntries.PractitionerFeedback("NOWHERE", "0", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems()).extracting(p -> p.field())
				.containsExactly("service", "rating"));
		assertThatThrownBy(() -> entries.givePractitionerFeedback(actors.actor("analyst"),
				new FeedbackEntries.PractitionerFeedback("FRONT_DOOR", "5", "", "")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_summary_counts_each_source_and_withholds_small_numbers() {
		LocalDate day = LocalDate.of(2043, 6, 1);
		for (int i = 0; i < 6; i++) {
			printed(day, i < 5 ? 5 : 2, null);
		}
		practitioner(day, 4, null);
		familyView(day, 3, null);
		FeedbackReport.Summary summary = report.summary(actors.actor("manager"), LocalDate.of(2043, 4, 1),
				LocalDate.of(2043, 6, 30));
		assertThat(summary.bySource()).extracting(FeedbackReport.SourceRow::responses).containsExactly("c", "6", "c");
		assertThat(summary.bySource().get(1).shareHelpful()).isEqualTo("83%");
		assertThat(summary.bySource().get(0).shareHelpful()).isEqualTo("c");
		assertThat(summary.responses()).isEqualTo("8");
		assertThat(summary.shareHelpful()).isEqualTo("75%");
		assertThatThrownBy(() -> report.summary(actors.actor("teacher"), day, day))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void comments_are_shown_only_to_editors_and_only_from_a_source_with_five_or_more_responses() {
		LocalDate day = LocalDate.of(2045, 7, 1);
		for (int i = 0; i < 4; i++) {
			printed(day, 4, "Comment " + (char) ('D' - i));
		}
		LocalDate from = LocalDate.of(2045, 7, 1);
		LocalDate to = LocalDate.of(2045, 7, 31);
		assertThat(report.comments(actors.actor("analyst"), from, to)).as("4 responses").isNull();
		practitioner(day, 2, "Comment E");
		assertThat(report.comments(actors.actor("analyst"), from, to).helping())
			.as("5 responses, but no source has 5 of its own: one practitioner's words would stand out").isEmpty();
		printed(day, 5, "Comment F");
		FeedbackReport.Comments comments = report.comments(actors.actor("analyst"), from, to);
		assertThat(comments.helping()).as("alphabetical, so the order says nothing of who or when; the one practitioner's left out")
			.containsExactly("Comment A", "Comment B", "Comment C", "Comment D", "Comment F");
		assertThat(report.comments(actors.actor("manager"), from, to)).as("a reader, not an editor").isNull();
	}

	private List<String> columns(String table) {
		return jdbc.sql("select column_name from information_schema.columns where table_name = ?").param(table)
			.query(String.class).list();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
