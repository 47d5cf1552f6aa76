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

	private UUID practitioner() {
		return jdbc.sql("select id from practitioner where job_title <> 'Agency system' order by family_name limit 1")
			.query(UUID.class).single();
	}

	/** An agency other than {@link #agency()}: an escalation is between two agencies. */
	private UUID otherAgency() {
		return jdbc.sql("select id from agency order by code desc limit 1").query(UUID.class).single();
	}

	private UUID account() {
		return jdbc.sql("select id from account where practitioner_id is not null order by username limit 1")
			.query(UUID.class).single();
	}

	/** A referral made at the instant, with the front door's decision (or none yet). */
	void referral(UUID child, Instant at, boolean stepUp, String decision) {
		jdbc.sql("""
				insert into front_door_referral (id, child_id, to_agency_id, requested_level_code, step_up, reason, family_knows,
				  without_consent_reason, without_consent_lawful_basis, attached, referred_by, referred_at,
				  decision, decision_rationale, decided_by, decided_at)
				values (?, ?, ?, 'SPECIALIST', ?, 'Test referral', 'They know', 'Risk of significant harm', 'PUBLIC_TASK',
				  '{}'::jsonb, 'Tester', ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), child, agency(), stepUp, java.sql.Timestamp.from(at), decision,
					decision == null ? null : "Because", decision == null ? null : "Front door",
					decision == null ? null : java.sql.Timestamp.from(at.plusSeconds(3600)))
			.update();
	}

	/** A plan started on the day, at an early-help or statutory level; closed on a day for a reason, or open. */
	UUID plan(UUID child, LocalDate started, String levelKind, LocalDate closed, String closureReason) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, without_consent_reason,
				  without_consent_lawful_basis, lead_practitioner_id, started_on, started_by, created_at, closed_on,
				  closure_reason)
				values (?, ?, 'TARGETED_EARLY_HELP', ?, ?, ?, ?, ?, ?, 'Tester', now(), ?, ?)""")
			.params(id, child, levelKind, levelKind.equals("EARLY_HELP"),
					levelKind.equals("EARLY_HELP") ? null : "Statutory work",
					levelKind.equals("EARLY_HELP") ? null : "PUBLIC_TASK", practitioner(), started, closed,
					closureReason)
			.update();
		return id;
	}

	void drift(UUID plan, UUID child, String code, LocalDate found, LocalDate resolved) {
		jdbc.sql("""
				insert into drift_finding (id, plan_id, child_id, code, detail, found_on, resolved_on)
				values (?, ?, ?, ?, 'Test drift', ?, ?)""")
			.params(UUID.randomUUID(), plan, child, code, found, resolved)
			.update();
	}

	/** A step-down (with the level decision it records) or a step-up (with its referral). */
	void transition(UUID child, String direction, Instant at) {
		UUID decision = null;
		UUID referral = null;
		if (direction.equals("STEP_DOWN")) {
			decision = UUID.randomUUID();
			jdbc.sql("""
					insert into level_decision (id, child_id, level_code, rationale, decided_by, decided_at)
					values (?, ?, 'TARGETED_EARLY_HELP', 'Stepped down', 'Tester', ?)""")
				.params(decision, child, java.sql.Timestamp.from(at))
				.update();
		}
		else {
			referral = jdbc.sql("select id from front_door_referral where child_id = ? limit 1").param(child).query(UUID.class)
				.optional().orElse(null);
		}
		jdbc.sql("""
				insert into level_transition (id, child_id, direction, to_level_code, reason, referral_id,
				  level_decision_id, made_by, made_at)
				values (?, ?, ?, 'TARGETED_EARLY_HELP', 'Test', ?, ?, 'Tester', ?)""")
			.params(UUID.randomUUID(), child, direction, referral, decision, java.sql.Timestamp.from(at))
			.update();
	}

	/** An escalation raised at the instant, now at the stage, resolved at an instant with an outcome or open. */
	void escalation(UUID child, Instant raised, int stage, Instant resolved, String outcome) {
		LocalDate day = raised.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
		jdbc.sql("""
				insert into escalation (id, child_id, subject, concern, wanted, raised_by, raised_by_account,
				  raised_by_practitioner, raising_agency_id, with_agency_id, raised_at, stage, stage_started_on,
				  stage_due_on, status, outcome, outcome_detail, resolved_by, resolved_at)
				values (?, ?, 'PLAN', 'Concern', 'Wanted', 'Tester', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), child, account(), practitioner(), agency(), otherAgency(),
					java.sql.Timestamp.from(raised), stage, day, day.plusDays(7), resolved == null ? "OPEN" : "RESOLVED",
					outcome, outcome == null ? null : "Detail", resolved == null ? null : "Tester",
					resolved == null ? null : java.sql.Timestamp.from(resolved))
			.update();
	}
}
