package org.seen.strategy.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.agencies.Practitioners;
import org.seen.strategy.internal.workforce.TrainingRegister.AttendeeInput;
import org.seen.strategy.internal.workforce.TrainingRegister.CourseInput;
import org.seen.strategy.internal.workforce.TrainingRegister.SessionInput;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The training register and its totals. Each test works in its own far-off year so the demo's
 * sessions and other tests' never fall in its period.
 */
@SpringBootTest
@ActiveProfiles("test")
class TrainingRegisterTest {

	@Autowired
	TrainingRegister register;

	@Autowired
	TrainingReport report;

	@Autowired
	DemoActors actors;

	@Autowired
	Practitioners practitioners;

	@Autowired
	JdbcClient jdbc;

	Actor analyst() {
		return actors.actor("analyst");
	}

	UUID agency(String code) {
		return practitioners.agencyByCode(code).orElseThrow().id();
	}

	UUID practitioner(String username) {
		return jdbc.sql("select practitioner_id from account where username = ?").param(username).query(UUID.class)
			.single();
	}

	Course course(String title) {
		return register.addCourse(analyst(), new CourseInput(title + " " + UUID.randomUUID(), "About neglect",
				"MULTI_AGENCY", "FACE_TO_FACE", "Recognising neglect"));
	}

	Session session(Course course, LocalDate on) {
		return register.addSession(analyst(), course.id(), new SessionInput(on, "A trainer", "Town hall", false, "30"),
				null);
	}

	Attendee typed(Session session, String name, String agencyCode, String attended, String before, String after) {
		return register.addAttendee(analyst(), session.id(),
				new AttendeeInput("", name, agency(agencyCode).toString(), attended, before, after));
	}

	@Test
	void practitioners_trained_counts_each_person_once_and_only_those_who_attended() {
		Course course = course("Counting");
		Session first = session(course, LocalDate.of(2031, 5, 1));
		Session second = session(course, LocalDate.of(2031, 9, 1));
		register.addAttendee(analyst(), first.id(),
				new AttendeeInput(practitioner("teacher").toString(), "", "", "yes", "4", "7"));
		register.addAttendee(analyst(), second.id(),
				new AttendeeInput(practitioner("teacher").toString(), "", "", "yes", "", ""));
		for (int i = 1; i <= 5; i++) {
			typed(first, "Health person " + i, "HV", "yes", null, null);
		}
		typed(second, "Health person 1", "HV", "yes", null, null);
		typed(second, "Absent person", "POL", "no", "5", null);

		TrainingReport.Totals totals = report.totals(analyst(), LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31));

		assertThat(totals.sessionsRun()).isEqualTo(2);
		assertThat(totals.trained()).as("teacher and health person 1 counted once; the absent person not at all")
			.isEqualTo(6);
		assertThat(totals.summary().practitionersTrained()).isEqualTo("6");
		assertThat(totals.summary().byAgencyKind()).extracting(TrainingReport.Row::label, TrainingReport.Row::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Health visiting", "5"),
					org.assertj.core.groups.Tuple.tuple("School", "c"));
		assertThat(totals.summary().sessions()).as("2 sessions is a small number").isEqualTo("c");
	}

	@Test
	void confidence_means_come_only_from_attendees_who_gave_both_scores() {
		Course course = course("Confidence");
		Session session = session(course, LocalDate.of(2033, 6, 1));
		int[][] scores = { { 3, 7 }, { 4, 8 }, { 5, 6 }, { 2, 6 }, { 6, 8 } };
		for (int i = 0; i < scores.length; i++) {
			typed(session, "Scored " + i, "SCH1", "yes", String.valueOf(scores[i][0]), String.valueOf(scores[i][1]));
		}
		typed(session, "Before only", "SCH1", "yes", "1", "");
		typed(session, "After only", "SCH1", "yes", "", "10");

		TrainingReport.Summary summary = report.summary(analyst(), LocalDate.of(2033, 4, 1), LocalDate.of(2034, 3, 31));

		assertThat(summary.gaveBoth()).isEqualTo("5");
		assertThat(summary.meanConfidenceBefore()).isEqualTo("4.0");
		assertThat(summary.meanConfidenceAfter()).isEqualTo("7.0");
		assertThat(summary.meanChange()).isEqualTo("+3.0");
		assertThat(summary.practitionersTrained()).isEqualTo("7");
	}

	@Test
	void a_mean_from_fewer_than_five_people_is_withheld() {
		Course course = course("Few");
		Session session = session(course, LocalDate.of(2035, 6, 1));
		typed(session, "Only one", "SCH1", "yes", "3", "9");
		TrainingReport.Summary summary = report.summary(analyst(), LocalDate.of(2035, 4, 1), LocalDate.of(2036, 3, 31));
		assertThat(summary.meanConfidenceBefore()).isEqualTo("c");
		assertThat(summary.meanChange()).isEqualTo("c");
		assertThat(summary.practitionersTrained()).isEqualTo("c");
		assertThat(summary.gaveBoth()).isEqualTo("c");
	}

	@Test
	void confidence_outside_one_to_ten_is_refused_naming_the_field_and_nothing_is_stored() {
		Session session = session(course("Bounds"), LocalDate.of(2037, 6, 1));
		assertThatThrownBy(() -> typed(session, "Too low", "SCH1", "yes", "0", "5"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.field()).isEqualTo("confidenceBefore");
				assertThat(ex.getMessage()).isEqualTo("Confidence before must be between 1 and 10");
			});
		assertThatThrownBy(() -> typed(session, "Too high", "SCH1", "yes", "5", "11"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("confidenceAfter"));
		assertThatThrownBy(() -> typed(session, "Words", "SCH1", "yes", "seven", ""))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage())
				.isEqualTo("Confidence before must be a whole number from 1 to 10"));
		assertThatThrownBy(() -> typed(session, "Absent", "SCH1", "no", "", "6"))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage())
				.isEqualTo("Leave confidence after blank for someone who did not attend"));
		assertThat(register.attendees(analyst(), session.id())).isEmpty();
	}

	@Test
	void a_full_session_takes_no_more_attendees_whether_added_or_changed_to_attended() {
		Session session = register.addSession(analyst(), course("Full").id(),
				new SessionInput(LocalDate.of(2038, 5, 1), "A trainer", "Town hall", false, "1"), null);
		typed(session, "Ada Quill", "CSC", "yes", "", "");
		Attendee absent = typed(session, "Bo Strand", "CSC", "no", "", "");
		assertThatThrownBy(() -> typed(session, "Cy Marsh", "CSC", "yes", "", ""))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("attended"));
		assertThatThrownBy(() -> register.changeAttendee(analyst(), session.id(), absent.id(), absent.version(),
				new AttendeeInput("", "", "", "yes", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("attended"));
		assertThat(register.attendees(analyst(), session.id())).filteredOn(Attendee::attended).hasSize(1);
	}

	@Test
	void an_attendee_needs_a_practitioner_or_a_name_with_an_agency_and_is_on_a_register_once() {
		Session session = session(course("Who"), LocalDate.of(2037, 7, 1));
		assertThatThrownBy(() -> register.addAttendee(analyst(), session.id(),
				new AttendeeInput("", "", "", "yes", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("name", "agencyId"));
		register.addAttendee(analyst(), session.id(),
				new AttendeeInput(practitioner("teacher").toString(), "", "", "yes", "", ""));
		assertThatThrownBy(() -> register.addAttendee(analyst(), session.id(),
				new AttendeeInput(practitioner("teacher").toString(), "", "", "yes", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage())
				.isEqualTo("This practitioner is already on the session's register"));
		assertThat(register.attendees(analyst(), session.id())).hasSize(1);
	}

	@Test
	void a_session_needs_a_date_a_trainer_somewhere_and_places() {
		Course course = course("Session rules");
		assertThatThrownBy(() -> register.addSession(analyst(), course.id(),
				new SessionInput(null, " ", "", false, "0"), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field() + ": " + p.message())
				.containsExactly("heldOn: Enter the date of the session", "trainer: Enter who trained",
						"venue: Enter the venue, or say the session is online", "places: Places must be between 1 and 1000"));
		assertThat(register.sessions(analyst(), course.id())).isEmpty();
	}

	@Test
	void a_course_title_is_required_and_unique() {
		Course course = course("Unique");
		assertThatThrownBy(() -> register.addCourse(analyst(),
				new CourseInput(course.title().toUpperCase(), "", "MULTI_AGENCY", "E_LEARNING", "")))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.getMessage()).isEqualTo("A course with this title already exists"));
		assertThatThrownBy(() -> register.addCourse(analyst(), new CourseInput("", "", "", "", "")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("title", "reach", "delivery"));
	}

	@Test
	void a_stale_attendance_edit_is_refused_and_nothing_is_overwritten() {
		Session session = session(course("Stale"), LocalDate.of(2037, 8, 1));
		Attendee added = typed(session, "Edited twice", "SCH1", "yes", "3", "");
		register.changeAttendee(analyst(), session.id(), added.id(), added.version(),
				new AttendeeInput("", "", "", "yes", "3", "8"));
		assertThatThrownBy(() -> register.changeAttendee(analyst(), session.id(), added.id(), added.version(),
				new AttendeeInput("", "", "", "yes", "3", "2")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(register.attendee(analyst(), session.id(), added.id()).confidenceAfter()).isEqualTo(8);
	}

	@Test
	void readers_read_the_figures_but_only_editors_keep_the_register() {
		Session session = session(course("Roles"), LocalDate.of(2037, 9, 1));
		Actor manager = actors.actor("manager");
		assertThat(report.summary(manager, LocalDate.of(2037, 4, 1), LocalDate.of(2038, 3, 31))).isNotNull();
		assertThatThrownBy(() -> register.attendees(manager, session.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> register.addCourse(manager, new CourseInput("X", "", "MULTI_AGENCY", "E_LEARNING", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> report.summary(actors.actor("teacher"), LocalDate.of(2037, 4, 1),
				LocalDate.of(2038, 3, 31))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_financial_year_runs_from_april_to_march() {
		org.seen.web.FormErrors errors = new org.seen.web.FormErrors();
		Period year = Period.parseYear("2025-26", "year", errors);
		assertThat(year.from()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(year.to()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(Period.financialYearOf(LocalDate.of(2026, 3, 31)).label()).isEqualTo("2025-26");
		assertThat(Period.parseYear("2025-27", "year", errors)).isNull();
		assertThat(errors.get("year")).contains("2025-26");
	}
}
