package org.seen.strategy.internal.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(AuditFixture.class)
@org.springframework.test.context.event.RecordApplicationEvents
class CaseAuditingTest {

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	@Autowired
	CaseAuditing auditing;

	@Autowired
	CaseAudits audits;

	@Autowired
	AuditFixture fixture;

	@Autowired
	ChildAccess access;

	@Autowired
	CaseAuditReport report;

	@Autowired
	JdbcClient jdbc;

	static String md5(String text) throws Exception {
		byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
		return String.format("%032x", new BigInteger(1, digest));
	}

	Map<UUID, String> grades(String grade) {
		Map<UUID, String> all = new HashMap<>();
		fixture.questions().forEach(q -> all.put(q.id(), q.scale() == Scale.QUALITY ? grade : "YES"));
		return all;
	}

	@Test
	void the_same_seed_on_the_same_population_draws_the_same_sample_in_the_order_of_md5_of_seed_and_child()
			throws Exception {
		fixture.childWithOpenPlan("Samplone");
		fixture.childWithOpenPlan("Sampltwo");
		fixture.childWithOpenPlan("Samplthree");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		// the whole population, however many open plans other tests have left in the database
		int everyone = audits.population(today);
		List<CaseAudits.Sampled> first = audits.draw("reproduce-1", today, everyone);
		List<CaseAudits.Sampled> again = audits.draw("reproduce-1", today, everyone);
		assertThat(again).isEqualTo(first);
		assertThat(first).hasSize(everyone);
		List<UUID> expected = first.stream().map(CaseAudits.Sampled::childId)
			.sorted(Comparator.comparing((UUID child) -> {
				try {
					return md5("reproduce-1" + child);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}))
			.toList();
		assertThat(first.stream().map(CaseAudits.Sampled::childId).toList()).isEqualTo(expected);
		assertThat(audits.draw("reproduce-1", today, 2)).isEqualTo(first.subList(0, 2));
	}

	@Test
	void a_different_seed_draws_a_different_order() {
		for (int i = 0; i < 4; i++) {
			fixture.childWithOpenPlan("Seedchild");
		}
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		assertThat(audits.draw("seed-one", today, 50)).isNotEqualTo(audits.draw("seed-two", today, 50));
	}

	@Test
	void the_population_is_the_children_with_a_plan_open_on_the_audits_date() {
		UUID child = fixture.childWithOpenPlan("Populated");
		LocalDate started = jdbc.sql("select started_on from plan where child_id = ?").param(child)
			.query(LocalDate.class).single();
		assertThat(audits.draw("pop-1", started.minusDays(1), 50)).noneMatch(s -> s.childId().equals(child));
		assertThat(audits.draw("pop-1", started, 50)).anyMatch(s -> s.childId().equals(child));
	}

	@Test
	void the_stored_sample_does_not_change_when_a_sampled_plan_later_closes() {
		fixture.childWithOpenPlan("Storedone");
		fixture.childWithOpenPlan("Storedtwo");
		UUID audit = fixture.auditWithPanel("Stored sample audit", 2, "stored-1");
		List<AuditCase> before = audits.cases(audit);
		assertThat(before).hasSize(2);
		assertThat(before).extracting(AuditCase::caseNumber).containsExactly(1, 2);
		jdbc.sql("update plan set closed_on = current_date, closure_reason = 'OUTCOMES_ACHIEVED' where child_id = ? and closed_on is null")
			.param(before.get(0).childId())
			.update();
		assertThat(audits.cases(audit)).isEqualTo(before);
		assertThat(auditing.audit(fixture.actor("analyst"), audit).sampleReproduces()).isTrue();
	}

	@Test
	void an_audit_with_no_title_no_template_a_sample_of_none_and_a_bad_seed_is_refused_naming_each_field_and_nothing_is_stored() {
		int before = jdbc.sql("select count(*) from case_audit").query(Integer.class).single();
		assertThatThrownBy(() -> auditing.createAudit(fixture.actor("analyst"),
				new CaseAuditing.NewAudit(" ", null, null, LocalDate.now(java.time.ZoneId.of("Europe/London")), LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1), 0, "no!")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactly("title", "template", "endsOn", "sampleSize", "seed"));
		assertThat(jdbc.sql("select count(*) from case_audit").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void only_those_who_run_audits_set_one_up() {
		assertThatThrownBy(() -> auditing.createAudit(fixture.actor("school.dsl"), new CaseAuditing.NewAudit("Mine",
				AuditFixture.STANDARD_TEMPLATE, null, LocalDate.now(java.time.ZoneId.of("Europe/London")), LocalDate.now(java.time.ZoneId.of("Europe/London")), 1, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void setting_the_panel_lets_its_members_read_only_the_sampled_records_and_closing_the_audit_ends_it() {
		fixture.childWithOpenPlan("Panelone");
		UUID audit = fixture.auditWithPanel("Panel access audit", 1, "panel-1", "school.dsl", "health.visitor");
		AuditCase sampled = audits.cases(audit).get(0);
		var dsl = fixture.actor("school.dsl");
		assertThat(access.admit(dsl, sampled.childId(), org.seen.access.AuditAction.VIEW, "CHILD", sampled.childId(), null))
			.isTrue();
		assertThat(auditing.caseOf(dsl, audit, 1).linkToRecord()).isTrue();
		UUID unsampled = fixture.childWithOpenPlan("Panelnotsampled");
		assertThat(access.admit(dsl, unsampled, org.seen.access.AuditAction.VIEW, "CHILD", unsampled, null)).isFalse();
		auditing.close(fixture.actor("analyst"), audit, 1);
		// the sample is drawn from every open plan in the database, so the child may be one the DSL
		// sees anyway (their school's, by breaking glass in another test, or sampled for the demo's own
		// audit with the DSL on its panel); otherwise the door is shut
		boolean otherGrant = jdbc.sql("""
				select count(*) from record_grant where account_id = ? and child_id = ? and reference_id <> ?
				and revoked_at is null and expires_at > now()""")
			.params(dsl.accountId(), sampled.childId(), audit).query(Integer.class).single() > 0;
		boolean seesAnyway = access.canSee(dsl, sampled.childId()) || otherGrant;
		if (!seesAnyway) {
			assertThatThrownBy(() -> auditing.caseOf(dsl, audit, 1)).isInstanceOf(RecordNotFound.class);
		}
		assertThat(jdbc.sql("select count(*) from record_grant where reference_id = ? and revoked_at is null")
			.param(audit).query(Integer.class).single()).isZero();
	}

	@Test
	void a_panel_from_one_agency_is_allowed_with_a_warning_and_a_panel_of_one_is_refused() {
		fixture.childWithOpenPlan("Oneagency");
		UUID audit = fixture.auditWithPanel("One agency audit", 1, "one-agency-1");
		assertThat(auditing.setPanel(fixture.actor("analyst"), audit, 0,
				List.of(fixture.account("school.dsl"), fixture.account("teacher")))).isTrue();
		assertThatThrownBy(() -> auditing.setPanel(fixture.actor("analyst"), audit, 1, List.of(fixture.account("teacher"))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("at least 2");
		assertThatThrownBy(() -> auditing.setPanel(fixture.actor("analyst"), audit, 0,
				List.of(fixture.account("teacher"), fixture.account("health.visitor"))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> auditing.setPanel(fixture.actor("analyst"), audit, 1,
				List.of(fixture.account("teacher"), fixture.account("analyst"))))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void a_grading_missing_a_grade_or_a_reason_for_a_low_grade_or_on_the_wrong_scale_is_refused_and_nothing_is_stored() {
		fixture.childWithOpenPlan("Gradingcase");
		UUID audit = fixture.auditWithPanel("Grading rules audit", 1, "grading-1", "school.dsl", "health.visitor");
		List<AuditTemplate.Question> questions = fixture.questions();
		Map<UUID, String> grades = grades("GOOD");
		grades.remove(questions.get(0).id());
		AuditTemplate.Question quality = questions.stream().filter(q -> q.scale() == Scale.QUALITY).skip(1).findFirst().orElseThrow();
		AuditTemplate.Question yesNo = questions.stream().filter(q -> q.scale() == Scale.YES_NO).findFirst().orElseThrow();
		grades.put(quality.id(), "INADEQUATE");
		grades.put(yesNo.id(), "GOOD");
		assertThatThrownBy(() -> auditing.grade(fixture.actor("school.dsl"), audit, 1, null, grades, Map.of()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.contains("grade-" + questions.get(0).id(), "comment-" + quality.id(), "grade-" + yesNo.id()));
		assertThat(jdbc.sql("select count(*) from case_audit_grading g join case_audit_case c on c.id = g.case_id where c.audit_id = ?")
			.param(audit).query(Integer.class).single()).isZero();
	}

	@Test
	void two_panel_members_grade_the_same_case_and_the_case_shows_where_they_disagree() {
		fixture.childWithOpenPlan("Disagreecase");
		UUID audit = fixture.auditWithPanel("Side by side audit", 1, "side-1", "school.dsl", "health.visitor");
		UUID first = fixture.questions().get(0).id();
		auditing.grade(fixture.actor("school.dsl"), audit, 1, null, grades("GOOD"), Map.of());
		Map<UUID, String> other = grades("GOOD");
		other.put(first, "REQUIRES_IMPROVEMENT");
		auditing.grade(fixture.actor("health.visitor"), audit, 1, null, other, Map.of(first, "Voice recorded once"));
		CaseAuditing.CaseView view = auditing.caseOf(fixture.actor("analyst"), audit, 1);
		assertThat(view.gradings()).hasSize(2);
		assertThat(view.disagree(first)).isTrue();
		assertThat(view.disagree(fixture.questions().get(1).id())).isFalse();
		assertThat(view.linkToRecord()).isFalse();
		assertThatThrownBy(() -> auditing.grade(fixture.actor("school.dsl"), audit, 1, null, grades("GOOD"), Map.of()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		auditing.grade(fixture.actor("school.dsl"), audit, 1, 0, grades("OUTSTANDING"), Map.of());
		assertThat(auditing.caseOf(fixture.actor("analyst"), audit, 1).mine(fixture.account("school.dsl")).of(first).grade())
			.isEqualTo(Grade.OUTSTANDING);
	}

	@Test
	void someone_not_on_the_panel_neither_grades_nor_sees_the_audit() {
		fixture.childWithOpenPlan("Offpanel");
		UUID audit = fixture.auditWithPanel("Off panel audit", 1, "off-1", "school.dsl", "health.visitor");
		assertThatThrownBy(() -> auditing.grade(fixture.actor("teacher"), audit, 1, null, grades("GOOD"), Map.of()))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> auditing.audit(fixture.actor("teacher"), audit)).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void findings_and_actions_are_checked_and_an_action_is_closed_at_its_version() {
		fixture.childWithOpenPlan("Findingcase");
		UUID audit = fixture.auditWithPanel("Findings audit", 1, "finding-1", "school.dsl", "health.visitor");
		assertThatThrownBy(() -> auditing.addFinding(fixture.actor("school.dsl"), audit, 1, "MAYBE", null, " "))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("kind", "text"));
		auditing.addFinding(fixture.actor("school.dsl"), audit, 1, "AREA_FOR_IMPROVEMENT", fixture.questions().get(2).id(),
				"Father not invited to the meetings");
		assertThatThrownBy(() -> auditing.addAction(fixture.actor("school.dsl"), audit, 1, "", "", LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("what", "owner", "dueOn"));
		UUID action = auditing.addAction(fixture.actor("school.dsl"), audit, 1, "Invite fathers to every review",
				"Early help team manager", LocalDate.now(java.time.ZoneId.of("Europe/London")).plusWeeks(6));
		assertThatThrownBy(() -> auditing.changeAction(fixture.actor("analyst"), audit, 1, action, 3, "DONE"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		auditing.changeAction(fixture.actor("analyst"), audit, 1, action, 0, "DONE");
		assertThat(auditing.caseOf(fixture.actor("analyst"), audit, 1).actions().get(0).status())
			.isEqualTo(CaseAction.Status.DONE);
	}

	@Test
	void themes_count_each_grade_per_question_and_withhold_small_numbers_across_audits_but_not_within_one() {
		for (int i = 0; i < 6; i++) {
			fixture.childWithOpenPlan("Themecase");
		}
		UUID audit = fixture.auditWithPanel("Themes audit", 6, "themes-1", "school.dsl", "health.visitor");
		UUID first = fixture.questions().get(0).id();
		for (int n = 1; n <= 6; n++) {
			Map<UUID, String> g = grades("GOOD");
			if (n == 1) {
				g.put(first, "INADEQUATE");
			}
			auditing.grade(fixture.actor("school.dsl"), audit, n, null, g, Map.of(first, "Not seen alone"));
		}
		auditing.addFinding(fixture.actor("school.dsl"), audit, 1, "AREA_FOR_IMPROVEMENT", first, "Child not seen alone");
		Themes one = auditing.themesOf(fixture.actor("analyst"), audit);
		Themes.QuestionTheme q1 = one.questions().stream().filter(q -> q.questionId().equals(first)).findFirst().orElseThrow();
		assertThat(q1.count(Grade.GOOD).shown()).isEqualTo("5");
		assertThat(q1.count(Grade.INADEQUATE).shown()).isEqualTo("1");
		assertThat(q1.shareGoodOrBetter()).isEqualTo("83%");
		Themes across = auditing.themes(fixture.actor("analyst"), LocalDate.now(java.time.ZoneId.of("Europe/London")), LocalDate.now(java.time.ZoneId.of("Europe/London")));
		Themes.QuestionTheme q1Across = across.questions().stream().filter(q -> q.questionId().equals(first)).findFirst()
			.orElseThrow();
		assertThat(q1Across.total().raw()).isGreaterThanOrEqualTo(6);
		if (q1Across.count(Grade.INADEQUATE).raw() <= 4) {
			assertThat(q1Across.count(Grade.INADEQUATE).shown()).isEqualTo("c");
			assertThat(q1Across.shareGoodOrBetter()).isEqualTo("c");
		}
		assertThat(across.findings()).anySatisfy(f -> assertThat(f.areasForImprovement()).contains("Child not seen alone"));
		CaseAuditReport.Summary summary = report.summary(fixture.actor("analyst"), LocalDate.now(java.time.ZoneId.of("Europe/London")), LocalDate.now(java.time.ZoneId.of("Europe/London")));
		assertThat(summary.auditsInProgress()).isPositive();
		// other tests' findings of today may outnumber this one among the five the report lists
		assertThat(summary.topFindings()).hasSizeBetween(1, 5);
		assertThat(summary.questions()).isNotEmpty();
	}

	@Test
	void a_template_in_use_cannot_change_but_its_copy_can() {
		fixture.childWithOpenPlan("Templatecase");
		var analyst = fixture.actor("analyst");
		UUID template = auditing.createTemplate(analyst, "Early help audit " + UUID.randomUUID().toString().substring(0, 6),
				null, List.of(new CaseAuditing.QuestionDraft("Was the child seen?", "YES_NO")));
		auditing.addQuestion(analyst, template, 0, "Was the plan reviewed?", "QUALITY");
		assertThat(auditing.template(analyst, template).questions()).hasSize(2);
		assertThatThrownBy(() -> auditing.addQuestion(analyst, template, 1, " ", "SOMETIMES"))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("text", "scale"));
		auditing.createAudit(analyst, new CaseAuditing.NewAudit("Uses the template", template, null, LocalDate.now(java.time.ZoneId.of("Europe/London")),
				LocalDate.now(java.time.ZoneId.of("Europe/London")), 1, null));
		assertThatThrownBy(() -> auditing.addQuestion(analyst, template, 1, "Another?", "YES_NO"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("Make a copy");
		UUID copy = auditing.copyTemplate(analyst, template);
		auditing.addQuestion(analyst, copy, 0, "Another?", "YES_NO");
		assertThat(auditing.template(analyst, copy).questions()).hasSize(3);
		assertThat(auditing.template(analyst, template).questions()).hasSize(2);
	}

	@Test
	void the_database_refuses_a_grade_from_the_other_scale() {
		fixture.childWithOpenPlan("Dbscale");
		UUID audit = fixture.auditWithPanel("Database scale audit", 1, "dbscale-1", "school.dsl", "health.visitor");
		auditing.grade(fixture.actor("school.dsl"), audit, 1, null, grades("GOOD"), Map.of());
		UUID quality = fixture.questions().get(0).id();
		assertThatThrownBy(() -> jdbc.sql("""
				update case_audit_grade set grade = 'YES' where question_id = ? and grading_id in (
				  select g.id from case_audit_grading g join case_audit_case c on c.id = g.case_id where c.audit_id = ?)""")
			.params(quality, audit)
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void members_added_to_the_panel_are_told_once_with_a_link_and_no_personal_data() {
		fixture.childWithOpenPlan("Noticecase");
		UUID audit = fixture.auditWithPanel("Notice audit", 1, "notice-1", "school.dsl", "health.visitor");
		var notices = events.stream(org.seen.notifications.Notice.class)
			.filter(n -> n.link().equals("/strategy/case-audits/" + audit))
			.toList();
		assertThat(notices).hasSize(1);
		assertThat(notices.get(0).practitionerIds()).hasSize(2);
		assertThat(notices.get(0).childId()).isNull();
		auditing.setPanel(fixture.actor("analyst"), audit, 1,
				List.of(fixture.account("school.dsl"), fixture.account("health.visitor"), fixture.account("social.worker")));
		var later = events.stream(org.seen.notifications.Notice.class)
			.filter(n -> n.link().equals("/strategy/case-audits/" + audit))
			.toList();
		assertThat(later).hasSize(2);
		assertThat(later.get(1).practitionerIds()).hasSize(1);
	}
}
