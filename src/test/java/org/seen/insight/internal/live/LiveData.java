package org.seen.insight.internal.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Hand-made records for the live measures' tests: invented children, far in the past, away from the demo's. */
class LiveData {

	static final String TOOL = "family-strengths-and-needs";

	private final JdbcClient jdbc;

	LiveData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID agency() {
		return jdbc.sql("select id from agency order by code limit 1").query(UUID.class).single();
	}

	UUID household(String postcode) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into household (id, name, postcode, created_at) values (?, 'Test household', ?, now())")
			.params(id, postcode)
			.update();
		return id;
	}

	UUID child(LocalDate born, String sex) {
		return child(born, sex, null);
	}

	UUID child(LocalDate born, String sex, UUID household) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, expected_date_of_birth, sex, household_id,
				  created_at)
				values (?, 'Test', 'Child', ?, ?, ?, ?, now())""")
			.params(id, born, born == null ? LocalDate.of(2002, 6, 1) : null, sex, household)
			.update();
		return id;
	}

	void involve(UUID child, LocalDate from, LocalDate to) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, kind, started_on, ended_on, created_at)
				values (?, ?, ?, 'INVOLVED', ?, ?, now())""")
			.params(UUID.randomUUID(), child, agency(), from, to)
			.update();
	}

	void voice(UUID child, LocalDate on, String kind) {
		jdbc.sql("""
				insert into child_voice (id, child_id, gathered_on, kind, words, observed, not_gathered_reason, gathered_by,
				  recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, 'A practitioner', now())""")
			.params(UUID.randomUUID(), child, on, kind, kind.equals("WORDS") ? "I like school" : null,
					kind.equals("OBSERVED") ? "Played happily with a sibling" : null,
					kind.equals("NOT_GATHERED") ? "The child was asleep" : null)
			.update();
	}

	/** An assessment made on the day, completed at the instant (null: a draft), with items graded item=grade. */
	UUID assessment(UUID child, LocalDate assessedOn, Instant completedAt, String... itemGrades) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into assessment (id, child_id, tool_id, tool_version, age_band, assessed_on, status, created_by,
				  created_at, completed_by, completed_at)
				values (?, ?, ?, 1, '5-10', ?, ?, 'A practitioner', now(), ?, ?)""")
			.params(id, child, TOOL, assessedOn, completedAt == null ? "DRAFT" : "COMPLETED",
					completedAt == null ? null : "A practitioner", completedAt == null ? null : Timestamp.from(completedAt))
			.update();
		for (String itemGrade : itemGrades) {
			String[] parts = itemGrade.split("=");
			jdbc.sql("""
					insert into assessment_item (assessment_id, item_id, grade, updated_by, updated_at)
					values (?, ?, ?, 'A practitioner', now())""")
				.params(id, parts[0], Integer.parseInt(parts[1]))
				.update();
		}
		return id;
	}

	void concern(UUID child, LocalDate on, boolean removed) {
		jdbc.sql("""
				insert into chronology_event (id, child_id, agency_id, author_name, occurred_on, type, summary, significance,
				  recorded_at, removed_at, removed_by, removal_reason)
				values (?, ?, ?, 'A practitioner', ?, 'CONCERN', 'Child arrived hungry', 'MEDIUM', now(), ?, ?, ?)""")
			.params(UUID.randomUUID(), child, agency(), on, removed ? Timestamp.from(Instant.now()) : null,
					removed ? "A practitioner" : null, removed ? "Recorded against the wrong child" : null)
			.update();
	}

	void alert(UUID child, String code, Instant raised, Instant acknowledged) {
		jdbc.sql("""
				insert into pattern_alert (id, child_id, code, reason, raised_at, acknowledged_at, acknowledged_by,
				  acknowledgement_note)
				values (?, ?, ?, 'A pattern', ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), child, code, Timestamp.from(raised),
					acknowledged == null ? null : Timestamp.from(acknowledged), acknowledged == null ? null : "A manager",
					acknowledged == null ? null : "Discussed in supervision")
			.update();
	}
}
