package org.seen.strategy.internal.audits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Templates, audits, their samples, panels, grades, findings and actions. Children appear only by
 * id; nothing here reads a child's name or record.
 */
@Repository
class CaseAudits {

	private final JdbcClient jdbc;

	CaseAudits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// templates

	List<AuditTemplate> templates() {
		return jdbc.sql("select id from audit_template order by name, created_at")
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> template(id).orElseThrow())
			.toList();
	}

	Optional<AuditTemplate> template(UUID id) {
		List<AuditTemplate.Question> questions = jdbc
			.sql("select id, position, text, scale from audit_question where template_id = ? order by position")
			.param(id)
			.query((rs, n) -> new AuditTemplate.Question(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("text"), Scale.valueOf(rs.getString("scale"))))
			.list();
		return jdbc.sql("""
				select t.id, t.name, t.description, t.copied_from, t.version,
				  exists (select 1 from case_audit a where a.template_id = t.id) as in_use
				from audit_template t where t.id = ?""")
			.param(id)
			.query((rs, n) -> new AuditTemplate(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getObject("copied_from", UUID.class), rs.getInt("version"),
					rs.getBoolean("in_use"), questions))
			.optional();
	}

	void insertTemplate(UUID id, String name, String description, UUID copiedFrom, String by, Instant now) {
		jdbc.sql("""
				insert into audit_template (id, name, description, copied_from, created_at, created_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, name, description, copiedFrom, Timestamp.from(now), by)
			.update();
	}

	void insertQuestion(UUID templateId, int position, String text, Scale scale) {
		jdbc.sql("insert into audit_question (id, template_id, position, text, scale) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), templateId, position, text, scale.name())
			.update();
	}

	/** Moves the template on a version, or refuses a stale change; a template in use is never changed. */
	void touchTemplate(UUID id, int version, String name, String description) {
		int changed = jdbc.sql("""
				update audit_template set name = ?, description = ?, version = version + 1
				where id = ? and version = ? and not exists (select 1 from case_audit a where a.template_id = ?)""")
			.params(name, description, id, version, id)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("audit template " + id);
		}
	}

	void removeQuestion(UUID templateId, UUID questionId) {
		jdbc.sql("delete from audit_question where id = ? and template_id = ?").params(questionId, templateId).update();
		jdbc.sql("""
				update audit_question q set position = r.n from (
				  select id, row_number() over (order by position) as n from audit_question where template_id = ?) r
				where q.id = r.id""")
			.param(templateId)
			.update();
	}

	// sampling

	/** A child with a plan open at any time on the date (one closed that day counts), and that plan. */
	record Sampled(UUID childId, UUID planId) {
	}

	private static final String POPULATION = """
			select distinct on (p.child_id) p.child_id, p.id as plan_id
			from plan p
			where p.started_on <= :on and (p.closed_on is null or p.closed_on >= :on)
			order by p.child_id, p.started_on desc""";

	int population(LocalDate on) {
		return jdbc.sql("select count(*) from (" + POPULATION + ") population")
			.param("on", on)
			.query(Integer.class)
			.single();
	}

	/**
	 * The sample: children whose plan was open on the date, ordered by a hash of the seed and the
	 * child's id. The same seed over the same population always gives the same children in the same
	 * order, and nobody can choose which children are drawn except by choosing the seed, which is stored.
	 */
	List<Sampled> draw(String seed, LocalDate on, int size) {
		return jdbc.sql("select child_id, plan_id from (" + POPULATION
				+ ") population order by md5(:seed || child_id::text), child_id limit :size")
			.param("on", on)
			.param("seed", seed)
			.param("size", size)
			.query((rs, n) -> new Sampled(rs.getObject("child_id", UUID.class), rs.getObject("plan_id", UUID.class)))
			.list();
	}

	// audits

	private static final String AUDIT = """
			select a.id, a.title, a.template_id, t.name as template_name, a.focus, a.audit_date, a.ends_on, a.sample_size,
			  a.seed, a.status, a.version, a.created_by
			from case_audit a join audit_template t on t.id = a.template_id""";

	private static CaseAudit audit(ResultSet rs, int n) throws SQLException {
		return new CaseAudit(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("template_id", UUID.class),
				rs.getString("template_name"), rs.getString("focus"), rs.getObject("audit_date", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("sample_size"), rs.getString("seed"),
				CaseAudit.Status.valueOf(rs.getString("status")), rs.getInt("version"), rs.getString("created_by"));
	}

	List<CaseAudit> audits() {
		return jdbc.sql(AUDIT + " order by a.audit_date desc, a.created_at desc").query(CaseAudits::audit).list();
	}

	List<CaseAudit> auditsWithPanelMember(UUID accountId) {
		return jdbc.sql(AUDIT + """
				 where exists (select 1 from case_audit_panel p where p.audit_id = a.id and p.account_id = ?)
				order by a.audit_date desc""")
			.param(accountId)
			.query(CaseAudits::audit)
			.list();
	}

	List<CaseAudit> auditsBetween(LocalDate from, LocalDate to) {
		return jdbc.sql(AUDIT + " where a.audit_date between ? and ? order by a.audit_date")
			.params(from, to)
			.query(CaseAudits::audit)
			.list();
	}

	Optional<CaseAudit> audit(UUID id) {
		return jdbc.sql(AUDIT + " where a.id = ?").param(id).query(CaseAudits::audit).optional();
	}

	void insertAudit(UUID id, String title, UUID templateId, String focus, LocalDate auditDate, LocalDate endsOn,
			int sampleSize, String seed, String by, UUID account, Instant now) {
		jdbc.sql("""
				insert into case_audit (id, title, template_id, focus, audit_date, ends_on, sample_size, seed, status,
				  created_at, created_by, created_by_account)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(id, title, templateId, focus, auditDate, endsOn, sampleSize, seed, Timestamp.from(now), by, account)
			.update();
	}

	void insertCase(UUID auditId, int caseNumber, Sampled sampled) {
		jdbc.sql("insert into case_audit_case (id, audit_id, case_number, child_id, plan_id) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), auditId, caseNumber, sampled.childId(), sampled.planId())
			.update();
	}

	/** Moves the audit on a version (its panel changed, or it closed), or refuses a stale change. */
	void touchAudit(UUID id, int version) {
		int changed = jdbc.sql("update case_audit set version = version + 1 where id = ? and version = ?")
			.params(id, version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("case audit " + id);
		}
	}

	void close(UUID id, Instant now) {
		jdbc.sql("update case_audit set status = 'CLOSED', closed_at = ? where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	List<AuditCase> cases(UUID auditId) {
		return jdbc.sql("select id, audit_id, case_number, child_id from case_audit_case where audit_id = ? order by case_number")
			.param(auditId)
			.query((rs, n) -> new AuditCase(rs.getObject("id", UUID.class), rs.getObject("audit_id", UUID.class),
					rs.getInt("case_number"), rs.getObject("child_id", UUID.class)))
			.list();
	}

	// the panel

	/** Accounts that may sit on a panel: enabled casework accounts of a practitioner in an agency. */
	List<PanelMember> eligibleAuditors() {
		return jdbc.sql("""
				select a.id, a.display_name, g.id as agency_id, g.name as agency_name
				from account a join practitioner p on p.id = a.practitioner_id join agency g on g.id = p.agency_id
				where a.enabled and a.role in ('PRACTITIONER', 'DSL', 'MANAGER', 'FRONT_DOOR', 'SOCIAL_WORKER')
				order by g.name, a.display_name""")
			.query((rs, n) -> new PanelMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getObject("agency_id", UUID.class), rs.getString("agency_name")))
			.list();
	}

	List<PanelMember> panel(UUID auditId) {
		return jdbc.sql("""
				select a.id, a.display_name, g.id as agency_id, g.name as agency_name
				from case_audit_panel p join account a on a.id = p.account_id join agency g on g.id = p.agency_id
				where p.audit_id = ? order by g.name, a.display_name""")
			.param(auditId)
			.query((rs, n) -> new PanelMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getObject("agency_id", UUID.class), rs.getString("agency_name")))
			.list();
	}

	void replacePanel(UUID auditId, List<PanelMember> members, Instant now) {
		jdbc.sql("delete from case_audit_panel where audit_id = ?").param(auditId).update();
		for (PanelMember member : members) {
			jdbc.sql("insert into case_audit_panel (audit_id, account_id, agency_id, added_at) values (?, ?, ?, ?)")
				.params(auditId, member.accountId(), member.agencyId(), Timestamp.from(now))
				.update();
		}
	}

	// grades

	List<Grading> gradings(UUID caseId) {
		Map<UUID, Grading> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select g.id, g.case_id, g.account_id, g.auditor_name, ag.name as agency_name, g.graded_at, g.version
				from case_audit_grading g join agency ag on ag.id = g.agency_id
				where g.case_id = ? order by ag.name, g.auditor_name""")
			.param(caseId)
			.query((rs, n) -> new Grading(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("account_id", UUID.class), rs.getString("auditor_name"), rs.getString("agency_name"),
					rs.getTimestamp("graded_at").toInstant(), rs.getInt("version"), new LinkedHashMap<>()))
			.list()
			.forEach(g -> byId.put(g.id(), g));
		if (!byId.isEmpty()) {
			jdbc.sql("""
					select x.grading_id, x.question_id, x.grade, x.comment from case_audit_grade x
					join case_audit_grading g on g.id = x.grading_id where g.case_id = ?""")
				.param(caseId)
				.query((rs, n) -> {
					byId.get(rs.getObject("grading_id", UUID.class)).grades()
						.put(rs.getObject("question_id", UUID.class),
								new Grading.Entry(Grade.valueOf(rs.getString("grade")), rs.getString("comment")));
					return null;
				})
				.list();
		}
		return new ArrayList<>(byId.values());
	}

	/** Stores a first grading, or replaces one at the version it was read at (a stale edit is refused). */
	void saveGrading(UUID caseId, PanelMember auditor, Integer version, Map<UUID, Grading.Entry> grades,
			Map<UUID, Scale> scales, Instant now) {
		UUID id;
		if (version == null) {
			id = UUID.randomUUID();
			int inserted = jdbc.sql("""
					insert into case_audit_grading (id, case_id, account_id, auditor_name, agency_id, graded_at)
					values (?, ?, ?, ?, ?, ?) on conflict (case_id, account_id) do nothing""")
				.params(id, caseId, auditor.accountId(), auditor.name(), auditor.agencyId(), Timestamp.from(now))
				.update();
			if (inserted == 0) {
				throw new OptimisticLockingFailureException("grading of case " + caseId);
			}
		}
		else {
			id = jdbc.sql("""
					update case_audit_grading set graded_at = ?, version = version + 1
					where case_id = ? and account_id = ? and version = ? returning id""")
				.params(Timestamp.from(now), caseId, auditor.accountId(), version)
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> new OptimisticLockingFailureException("grading of case " + caseId));
			jdbc.sql("delete from case_audit_grade where grading_id = ?").param(id).update();
		}
		for (Map.Entry<UUID, Grading.Entry> entry : grades.entrySet()) {
			jdbc.sql("""
					insert into case_audit_grade (grading_id, question_id, scale, grade, comment) values (?, ?, ?, ?, ?)""")
				.params(id, entry.getKey(), scales.get(entry.getKey()).name(), entry.getValue().grade().name(),
						entry.getValue().comment())
				.update();
		}
	}

	// findings and actions

	List<Finding> findings(UUID caseId) {
		return jdbc.sql("""
				select id, case_id, question_id, kind, text, recorded_by, recorded_at from case_audit_finding
				where case_id = ? order by recorded_at""")
			.param(caseId)
			.query(CaseAudits::finding)
			.list();
	}

	private static Finding finding(ResultSet rs, int n) throws SQLException {
		return new Finding(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("question_id", UUID.class), Finding.Kind.valueOf(rs.getString("kind")), rs.getString("text"),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

	void insertFinding(UUID id, UUID caseId, UUID questionId, Finding.Kind kind, String text, UUID account, String by,
			Instant now) {
		jdbc.sql("""
				insert into case_audit_finding (id, case_id, question_id, kind, text, account_id, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, caseId, questionId, kind.name(), text, account, by, Timestamp.from(now))
			.update();
	}

	List<CaseAction> actions(UUID caseId) {
		return jdbc.sql("""
				select id, case_id, what, owner, due_on, status, recorded_by, version from case_audit_action
				where case_id = ? order by due_on, created_at""")
			.param(caseId)
			.query(CaseAudits::action)
			.list();
	}

	private static CaseAction action(ResultSet rs, int n) throws SQLException {
		return new CaseAction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("what"),
				rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
				CaseAction.Status.valueOf(rs.getString("status")), rs.getString("recorded_by"), rs.getInt("version"));
	}

	void insertAction(UUID id, UUID caseId, String what, String owner, LocalDate dueOn, UUID account, String by,
			Instant now) {
		jdbc.sql("""
				insert into case_audit_action (id, case_id, what, owner, due_on, status, account_id, recorded_by,
				  created_at, updated_at)
				values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
			.params(id, caseId, what, owner, dueOn, account, by, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	void changeAction(UUID id, UUID caseId, int version, CaseAction.Status status, Instant now) {
		int changed = jdbc.sql("""
				update case_audit_action set status = ?, updated_at = ?, version = version + 1
				where id = ? and case_id = ? and version = ?""")
			.params(status.name(), Timestamp.from(now), id, caseId, version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("case audit action " + id);
		}
	}

	// themes, across audits

	/** How often each grade was given for each question, over the given audits. */
	record GradeCount(UUID questionId, String question, int position, String templateName, Scale scale, Grade grade,
			int count) {
	}

	List<GradeCount> gradeCounts(List<UUID> auditIds) {
		if (auditIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select q.id, q.text, q.position, t.name as template_name, q.scale, x.grade, count(*) as n
				from case_audit_grade x
				join case_audit_grading g on g.id = x.grading_id
				join case_audit_case c on c.id = g.case_id
				join audit_question q on q.id = x.question_id
				join audit_template t on t.id = q.template_id
				where c.audit_id in (:audits)
				group by q.id, q.text, q.position, t.name, q.scale, x.grade
				order by t.name, q.position""")
			.param("audits", auditIds)
			.query((rs, n) -> new GradeCount(rs.getObject("id", UUID.class), rs.getString("text"), rs.getInt("position"),
					rs.getString("template_name"), Scale.valueOf(rs.getString("scale")), Grade.valueOf(rs.getString("grade")),
					rs.getInt("n")))
			.list();
	}

	/** Findings over the given audits, with the question they were made against (null for the case as a whole). */
	record FindingText(UUID questionId, String question, Finding.Kind kind, String text, UUID auditId) {
	}

	List<FindingText> findingTexts(List<UUID> auditIds) {
		if (auditIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select f.question_id, q.text as question, f.kind, f.text, c.audit_id
				from case_audit_finding f join case_audit_case c on c.id = f.case_id
				left join audit_question q on q.id = f.question_id
				where c.audit_id in (:audits)
				order by q.position nulls last, f.recorded_at""")
			.param("audits", auditIds)
			.query((rs, n) -> new FindingText(rs.getObject("question_id", UUID.class), rs.getString("question"),
					Finding.Kind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getObject("audit_id", UUID.class)))
			.list();
	}

	/** Actions over the given audits, with the case number and audit title they came from. */
	record ActionLine(CaseAction action, int caseNumber, String auditTitle, UUID auditId) {
	}

	List<ActionLine> actionLines(List<UUID> auditIds) {
		if (auditIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select x.id, x.case_id, x.what, x.owner, x.due_on, x.status, x.recorded_by, x.version,
				  c.case_number, a.title, a.id as audit_id
				from case_audit_action x join case_audit_case c on c.id = x.case_id join case_audit a on a.id = c.audit_id
				where c.audit_id in (:audits) order by x.due_on""")
			.param("audits", auditIds)
			.query((rs, n) -> new ActionLine(action(rs, n), rs.getInt("case_number"), rs.getString("title"),
					rs.getObject("audit_id", UUID.class)))
			.list();
	}

	int casesGraded(List<UUID> auditIds) {
		if (auditIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(distinct c.id) from case_audit_case c join case_audit_grading g on g.case_id = c.id
				where c.audit_id in (:audits)""")
			.param("audits", auditIds)
			.query(Integer.class)
			.single();
	}

	java.util.Set<UUID> practitionersOf(List<UUID> accounts) {
		if (accounts.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select practitioner_id from account where id in (:ids) and practitioner_id is not null")
			.param("ids", accounts)
			.query(UUID.class)
			.list());
	}
}
