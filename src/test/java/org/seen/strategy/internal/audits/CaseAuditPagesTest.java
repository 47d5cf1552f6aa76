package org.seen.strategy.internal.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The audits' forms re-display their mistakes with an error summary, keep what was typed and store nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(AuditFixture.class)
class CaseAuditPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditFixture fixture;

	@Autowired
	JdbcClient jdbc;

	int audits() {
		return jdbc.sql("select count(*) from case_audit").query(Integer.class).single();
	}

	@Test
	void an_audit_set_up_with_no_title_and_a_sample_of_none_comes_back_with_both_errors_and_what_was_typed() throws Exception {
		fixture.childWithOpenPlan("Pagesetup");
		int before = audits();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		mvc.perform(post("/strategy/case-audits/new").with(user(fixture.user("analyst"))).with(csrf())
			.param("title", "")
			.param("template", AuditFixture.STANDARD_TEMPLATE.toString())
			.param("focus", "Fathers and male carers")
			.param("auditDateDay", String.valueOf(today.getDayOfMonth()))
			.param("auditDateMonth", String.valueOf(today.getMonthValue()))
			.param("auditDateYear", String.valueOf(today.getYear()))
			.param("endsOnDay", "31").param("endsOnMonth", "2").param("endsOnYear", "2030")
			.param("sampleSize", "none"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a title for the audit")))
			.andExpect(content().string(containsString("href=\"#endsOn\"")))
			.andExpect(content().string(containsString("Number of cases must be from 1 to 50")))
			.andExpect(content().string(containsString("Fathers and male carers")));
		assertThat(audits()).isEqualTo(before);
	}

	@Test
	void an_audit_set_up_draws_its_sample_and_a_panel_from_one_agency_is_saved_with_a_warning() throws Exception {
		fixture.childWithOpenPlan("Pageaudit");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		String location = mvc.perform(post("/strategy/case-audits/new").with(user(fixture.user("auditor"))).with(csrf())
			.param("title", "Page audit")
			.param("template", AuditFixture.STANDARD_TEMPLATE.toString())
			.param("auditDateDay", String.valueOf(today.getDayOfMonth()))
			.param("auditDateMonth", String.valueOf(today.getMonthValue()))
			.param("auditDateYear", String.valueOf(today.getYear()))
			.param("endsOnDay", String.valueOf(today.plusMonths(2).getDayOfMonth()))
			.param("endsOnMonth", String.valueOf(today.plusMonths(2).getMonthValue()))
			.param("endsOnYear", String.valueOf(today.plusMonths(2).getYear()))
			.param("sampleSize", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/strategy/case-audits/{id}/panel", id).with(user(fixture.user("auditor"))).with(csrf())
			.param("version", "0")
			.param("auditors", fixture.account("school.dsl").toString(), fixture.account("teacher").toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("from one agency")));
		mvc.perform(get("/strategy/case-audits/{id}", id).with(user(fixture.user("auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Every auditor on the panel is from one agency")))
			.andExpect(content().string(containsString("Case 1")));
		mvc.perform(post("/strategy/case-audits/{id}/panel", id).with(user(fixture.user("auditor"))).with(csrf())
			.param("version", "0")
			.param("auditors", fixture.account("health.visitor").toString(), fixture.account("teacher").toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this")));
	}

	@Test
	void the_analyst_sees_the_case_by_number_without_a_link_to_the_child_and_a_panel_member_gets_the_link()
			throws Exception {
		fixture.childWithOpenPlan("Pagelink");
		UUID audit = fixture.auditWithPanel("Link audit", 1, "link-1", "school.dsl", "health.visitor");
		UUID child = jdbc.sql("select child_id from case_audit_case where audit_id = ?").param(audit)
			.query(UUID.class).single();
		mvc.perform(get("/strategy/case-audits/{id}/cases/1", audit).with(user(fixture.user("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/children/" + child))));
		mvc.perform(get("/strategy/case-audits/{id}/cases/1", audit).with(user(fixture.user("health.visitor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/children/" + child)));
		assertThat(jdbc.sql("select count(*) from audit_entry where child_id = ? and username = 'health.visitor' and action = 'VIEW' and detail like '%case audit%'")
			.param(child).query(Integer.class).single()).isPositive();
	}

	@Test
	void a_grading_with_a_low_grade_and_no_reason_comes_back_with_the_error_and_the_grades_chosen() throws Exception {
		fixture.childWithOpenPlan("Pagegrade");
		UUID audit = fixture.auditWithPanel("Grade page audit", 1, "gradepage-1", "school.dsl", "health.visitor");
		var questions = fixture.questions();
		var request = post("/strategy/case-audits/{id}/cases/1/grade", audit).with(user(fixture.user("health.visitor")))
			.with(csrf());
		for (var q : questions) {
			request.param("grade-" + q.id(), q.equals(questions.get(0)) ? "INADEQUATE" : q.scale() == Scale.QUALITY ? "GOOD" : "YES");
		}
		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why question 1 was graded inadequate")))
			.andExpect(content().string(containsString("href=\"#comment-" + questions.get(0).id() + "\"")))
			.andExpect(content().string(containsString("value=\"INADEQUATE\" checked")));
		assertThat(jdbc.sql("select count(*) from case_audit_grading g join case_audit_case c on c.id = g.case_id where c.audit_id = ?")
			.param(audit).query(Integer.class).single()).isZero();
	}

	@Test
	void the_themes_page_withholds_small_counts_as_c() throws Exception {
		fixture.childWithOpenPlan("Pagethemes");
		UUID audit = fixture.auditWithPanel("Themes page audit", 1, "themespage-1", "school.dsl", "health.visitor");
		var questions = fixture.questions();
		java.util.Map<UUID, String> grades = new java.util.HashMap<>();
		questions.forEach(q -> grades.put(q.id(), q.scale() == Scale.QUALITY ? "OUTSTANDING" : "YES"));
		fixture.auditing().grade(fixture.actor("school.dsl"), audit, 1, null, grades, java.util.Map.of());
		mvc.perform(get("/strategy/case-audits/themes").with(user(fixture.user("school.dsl"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Grades by question")))
			.andExpect(content().string(containsString("Outstanding: c")));
		mvc.perform(get("/strategy/case-audits/themes").param("fromDay", "40").param("fromMonth", "1").param("fromYear", "2025")
			.with(user(fixture.user("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")));
	}
}
