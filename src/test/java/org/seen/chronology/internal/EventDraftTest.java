package org.seen.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EventDraftTest {

	static final LocalDate TODAY = LocalDate.of(2025, 8, 31);

	static EventDraft draft(String date, String type, String attendance) {
		return new EventDraft(date, null, type, "Summary", null, "MEDIUM", null, attendance, null);
	}

	@Test
	void school_attendance_needs_a_percentage_from_0_to_100() {
		assertThat(draft("2025-08-01", "SCHOOL_ATTENDANCE", null).check(TODAY).problems())
			.extracting(FieldProblem::field).containsExactly("attendancePercent");
		assertThat(draft("2025-08-01", "SCHOOL_ATTENDANCE", "100.01").check(TODAY).problems())
			.extracting(FieldProblem::field).containsExactly("attendancePercent");
		assertThat(draft("2025-08-01", "SCHOOL_ATTENDANCE", "-1").check(TODAY).valid()).isFalse();
		assertThat(draft("2025-08-01", "SCHOOL_ATTENDANCE", "0").check(TODAY).valid()).isTrue();
		assertThat(draft("2025-08-01", "SCHOOL_ATTENDANCE", "100").check(TODAY).valid()).isTrue();
	}

	@Test
	void a_date_must_be_real_and_not_in_the_future() {
		assertThat(draft("2025-02-29", "CONCERN", null).check(TODAY).problems().get(0).message()).contains("real date");
		assertThat(draft("2025-09-01", "CONCERN", null).check(TODAY).problems().get(0).message()).contains("past");
		assertThat(draft("2025-08-31", "CONCERN", null).check(TODAY).valid()).isTrue();
	}

	@Test
	void every_problem_is_named_against_its_field() {
		EventDraft.Checked checked = new EventDraft(null, "25:00", "NOT_A_TYPE", " ", null, "HUGE", null, null, null)
			.check(TODAY);
		assertThat(checked.problems()).extracting(FieldProblem::field)
			.containsExactly("date", "time", "type", "summary", "significance");
	}
}
