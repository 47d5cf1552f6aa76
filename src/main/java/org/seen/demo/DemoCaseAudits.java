package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two multi-agency case audits on the standard template: one completed last quarter (panel from a
 * school, health visiting and children's social care; grades, findings and actions) and one in
 * progress this quarter whose panel is the school's DSL and the health visitor, each able to read the
 * sampled records until it ends. The samples are drawn as the audits module draws them: children
 * with a plan open on the audit's date, ordered by md5 of the seed and the child's id.
 */
class DemoCaseAudits {

	private static final UUID TEMPLATE = UUID.fromString("6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Grades for the eight questions, one row per auditor in turn: invented, shaped like a real audit's spread. */
	private static final String[][] GRADES = {
			{ "GOOD", "YES", "PARTLY", "GOOD", "REQUIRES_IMPROVEMENT", "GOOD", "YES", "GOOD" },
			{ "REQUIRES_IMPROVEMENT", "YES", "NO", "GOOD", "REQUIRES_IMPROVEMENT", "GOOD", "PARTLY", "GOOD" },
			{ "GOOD", "PARTLY", "NO", "OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "YES", "REQUIRES_IMPROVEMENT" },
			{ "OUTSTANDING", "YES", "PARTLY", "GOOD", "GOOD", "GOOD", "YES", "GOOD" } };

	private static final String[] WHY = { "The child was seen, but their words are not in the plan.",
			"The assessment was completed by one agency; the family's view is missing.",
			"The father was not invited to the meetings.", "The level was right but decided late.",
			"Outcomes are not measurable and one review was late.",
			"The school's attendance concerns reached the plan a month late.",
			"Drift was noticed but not escalated to a manager.",
			"Home conditions are the same as at the start of the plan." };

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCaseAudits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void write() {
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
		LocalDate lastQuarterEnd = quarterStart.minusDays(1);
		UUID completed = audit("completed", "Neglect audit: the child's lived experience",
				"Whether the child's daily experience of neglect was seen, heard and changed", lastQuarterEnd.minusDays(21),
				lastQuarterEnd, 4, "northbrook-q" + (lastQuarterEnd.getMonthValue() + 2) / 3, true);
		List<UUID> first = panel(completed, "school.dsl", "health.visitor", "social.worker");
		List<UUID> cases = cases(completed);
		for (int c = 0; c < cases.size(); c++) {
			for (int a = 0; a < first.size(); a++) {
				grade(cases.get(c), first.get(a), GRADES[(c + a) % GRADES.length], lastQuarterEnd.minusDays(10));
			}
			finding(cases.get(c), first.get(c % first.size()), 3, "AREA_FOR_IMPROVEMENT",
					"Fathers and male carers were not invited to the plan's meetings.");
			finding(cases.get(c), first.get((c + 1) % first.size()), 1, "STRENGTH",
					"The child's own words open the assessment and shape the first outcome.");
		}
		if (!cases.isEmpty()) {
			finding(cases.get(0), first.get(1), 5, "AREA_FOR_IMPROVEMENT",
					"Outcomes say 'improve home conditions' without saying what will be different.");
			action(cases.get(0), first.get(2), "Invite fathers and male carers to every review, and record why if not",
					"Early help service manager", lastQuarterEnd.plusWeeks(6), "DONE");
			action(cases.get(0), first.get(0), "Share the SMART outcomes guide with every lead professional",
					"Partnership business unit", today.plusWeeks(4), "OPEN");
			action(cases.get(cases.size() - 1), first.get(1), "Escalate drift to a manager at the second late review",
					"Health visiting team leader", today.minusDays(5), "OPEN");
		}

		LocalDate started = today.minusDays(7).isBefore(quarterStart) ? quarterStart : today.minusDays(7);
		LocalDate ends = today.plusWeeks(6);
		UUID current = audit("current", "Neglect audit: fathers and male carers",
				"Were fathers and male carers seen, assessed and part of the plan?", started, ends, 4,
				"northbrook-fathers", false);
		List<UUID> second = panel(current, "school.dsl", "health.visitor");
		List<UUID> open = cases(current);
		Instant expires = ends.plusDays(1).atStartOfDay(LONDON).toInstant();
		for (UUID account : second) {
			jdbc.sql("""
					insert into record_grant (id, account_id, child_id, purpose, reference_id, granted_at, expires_at)
					select gen_random_uuid(), ?, child_id, 'CASE_AUDIT', audit_id, ?, ? from case_audit_case where audit_id = ?""")
				.params(account, Timestamp.from(Instant.now(clock)), Timestamp.from(expires), current)
				.update();
		}
		if (!open.isEmpty()) {
			grade(open.get(0), second.get(0), GRADES[1], today);
		}
	}

	private UUID audit(String key, String title, String focus, LocalDate on, LocalDate ends, int size, String seed,
			boolean closed) {
		UUID id = Northbrook.id("case-audit", key);
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into case_audit (id, title, template_id, focus, audit_date, ends_on, sample_size, seed, status,
				  created_at, created_by, closed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'A partnership analyst', ?)""")
			.params(id, title, TEMPLATE, focus, on, ends, size, seed, closed ? "CLOSED" : "OPEN", Timestamp.from(now),
					closed ? Timestamp.from(ends.plusDays(1).atStartOfDay(LONDON).toInstant()) : null)
			.update();
		// the same draw as the audits module's: reproducible from the seed and the date
		List<UUID[]> sample = jdbc.sql("""
				select child_id, plan_id from (
				  select distinct on (p.child_id) p.child_id, p.id as plan_id from plan p
				  where p.started_on <= :on and (p.closed_on is null or p.closed_on >= :on)
				  order by p.child_id, p.started_on desc) population
				order by md5(:seed || child_id::text), child_id limit :size""")
			.param("on", on)
			.param("seed", seed)
			.param("size", size)
			.query((rs, n) -> new UUID[] { rs.getObject("child_id", UUID.class), rs.getObject("plan_id", UUID.class) })
			.list();
		for (int i = 0; i < sample.size(); i++) {
			jdbc.sql("insert into case_audit_case (id, audit_id, case_number, child_id, plan_id) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, i + 1, sample.get(i)[0], sample.get(i)[1])
				.update();
		}
		return id;
	}

	private List<UUID> panel(UUID audit, String... usernames) {
		List<UUID> accounts = new java.util.ArrayList<>();
		for (String username : usernames) {
			UUID account = jdbc.sql("""
					insert into case_audit_panel (audit_id, account_id, agency_id, added_at)
					select ?, a.id, p.agency_id, ? from account a join practitioner p on p.id = a.practitioner_id
					where a.username = ? returning account_id""")
				.params(audit, Timestamp.from(Instant.now(clock)), username)
				.query(UUID.class)
				.single();
			accounts.add(account);
		}
		return accounts;
	}

	private List<UUID> cases(UUID audit) {
		return jdbc.sql("select id from case_audit_case where audit_id = ? order by case_number").param(audit)
			.query(UUID.class).list();
	}

	private void grade(UUID caseId, UUID account, String[] grades, LocalDate on) {
		UUID grading = UUID.randomUUID();
		jdbc.sql("""
				insert into case_audit_grading (id, case_id, account_id, auditor_name, agency_id, graded_at)
				select ?, ?, a.id, a.display_name, p.agency_id, ? from account a join practitioner p on p.id = a.practitioner_id
				where a.id = ?""")
			.params(grading, caseId, Timestamp.from(on.atTime(14, 0).atZone(LONDON).toInstant()), account)
			.update();
		List<UUID[]> questions = jdbc.sql("select id from audit_question where template_id = ? order by position")
			.param(TEMPLATE)
			.query((rs, n) -> new UUID[] { rs.getObject("id", UUID.class) })
			.list();
		for (int q = 0; q < questions.size() && q < grades.length; q++) {
			boolean good = List.of("OUTSTANDING", "GOOD", "YES").contains(grades[q]);
			jdbc.sql("""
					insert into case_audit_grade (grading_id, question_id, scale, grade, comment)
					select ?, id, scale, ?, ? from audit_question where id = ?""")
				.params(grading, grades[q], good ? null : WHY[q], questions.get(q)[0])
				.update();
		}
	}

	private void finding(UUID caseId, UUID account, int position, String kind, String text) {
		jdbc.sql("""
				insert into case_audit_finding (id, case_id, question_id, kind, text, account_id, recorded_by, recorded_at)
				select ?, ?, q.id, ?, ?, a.id, a.display_name, ? from audit_question q, account a
				where q.template_id = ? and q.position = ? and a.id = ?""")
			.params(UUID.randomUUID(), caseId, kind, text, Timestamp.from(Instant.now(clock)), TEMPLATE, position, account)
			.update();
	}

	private void action(UUID caseId, UUID account, String what, String owner, LocalDate due, String status) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				insert into case_audit_action (id, case_id, what, owner, due_on, status, account_id, recorded_by, created_at,
				  updated_at)
				select ?, ?, ?, ?, ?, ?, a.id, a.display_name, ?, ? from account a where a.id = ?""")
			.params(UUID.randomUUID(), caseId, what, owner, due, status, now, now, account)
			.update();
	}
}
