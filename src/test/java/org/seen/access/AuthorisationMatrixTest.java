package org.seen.access;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seen.access.TestChildren.Child;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every role against every route that exists, with the record-level rules. To cover a new route,
 * add its rows to the module's file in src/test/resources/authorisation/: who (a demo username, or {@code anonymous}), method, path ({@code {school}},
 * {@code {social-care}}, {@code {health}} and {@code {unknown}} stand for the test's children;
 * {@code {agency}}, {@code {practitioner}}, {@code {account}} and {@code {token}} for demo records,
 * {@code {tool}} for a stored assessment tool),
 * and the status expected. Paths under /api/ are called with the account's demo API token;
 * others with the account signed in. 302 always means "sent to sign in".
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChildAccess access;

	@Autowired
	BreakGlass breakGlass;

	Map<String, UUID> children;

	/** The administration pages' records: a demo agency, practitioner, account and API token. */
	Map<String, UUID> records;

	@BeforeAll
	void children() {
		TestChildren make = new TestChildren(jdbc);
		// a school child the teacher works with: the school's DSL sees them too
		Child school = make.involve(make.create("School"), "teacher", "INVOLVED");
		// referred to children's social care: the front door, social workers and the manager see them
		Child socialCare = make.involve(make.create("Referred"), "front.door", "REFERRED");
		// known to health visiting only
		Child health = make.involve(make.create("Health"), "health.visitor", "INVOLVED");
		children = Map.of("{school}", school.id(), "{social-care}", socialCare.id(), "{health}", health.id(),
				"{unknown}", UUID.randomUUID());
		records = new java.util.HashMap<>();
		records.put("{agency}", id("select id from agency where code = 'SCH1'"));
		records.put("{practitioner}", id("select practitioner_id from account where username = 'teacher'"));
		records.put("{account}", id("select id from account where username = 'teacher'"));
		records.put("{token}",
				id("select t.id from api_token t join account a on a.id = t.account_id where a.username = 'teacher'"));
		records.put("{assessment}", assessment(school.id()));
		records.put("{cin-return}", censusReturn());
		records.put("{escalation}", escalation(school.id()));
		records.put("{supervision-note}", supervisionNote(socialCare.id()));
		records.put("{level-decision}", levelDecision(school.id()));
		records.put("{consent}", consent(school.id()));
		records.put("{referral}", referral(socialCare.id()));
		records.putAll(plan(school.id()));
		records.putAll(actionPlan());
		records.putAll(caseAudit(make));
		records.putAll(workforce());
		records.putAll(learning());
		storeTool();
	}

	/**
	 * An open case audit of one child (with an open plan, known to no one) whose panel is the school's
	 * DSL and the health visitor, each holding a record grant to read it: {@code {case-audit}},
	 * {@code {audited-child}}.
	 */
	private Map<String, UUID> caseAudit(TestChildren make) {
		UUID child = make.create("Audited").id();
		UUID audit = UUID.randomUUID();
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, lead_practitioner_id, started_on,
				  started_by, created_at)
				select ?, ?, 'TARGETED_EARLY_HELP', 'EARLY_HELP', true, practitioner_id, current_date - 90, 'A practitioner', now()
				from account where username = 'teacher'""")
			.params(UUID.randomUUID(), child)
			.update();
		jdbc.sql("""
				insert into case_audit (id, title, template_id, audit_date, ends_on, sample_size, seed, status, created_at, created_by)
				values (?, 'Matrix audit', '6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01', current_date, current_date + 30, 1,
				  'matrix', 'OPEN', now(), 'An analyst')""")
			.param(audit)
			.update();
		jdbc.sql("""
				insert into case_audit_case (id, audit_id, case_number, child_id, plan_id)
				select ?, ?, 1, ?, id from plan where child_id = ?""")
			.params(UUID.randomUUID(), audit, child, child)
			.update();
		jdbc.sql("""
				insert into case_audit_panel (audit_id, account_id, agency_id, added_at)
				select ?, a.id, p.agency_id, now() from account a join practitioner p on p.id = a.practitioner_id
				where a.username in ('school.dsl', 'health.visitor')""")
			.param(audit)
			.update();
		jdbc.sql("""
				insert into record_grant (id, account_id, child_id, purpose, reference_id, granted_at, expires_at)
				select gen_random_uuid(), a.id, ?, 'CASE_AUDIT', ?, now(), now() + interval '30 days'
				from account a where a.username in ('school.dsl', 'health.visitor')""")
			.params(child, audit)
			.update();
		return Map.of("{case-audit}", audit, "{audited-child}", child);
	}

	/**
	 * A Team Around the Family plan of the child led by the teacher, with an outcome, an action, a
	 * review and open drift: {@code {plan}}, {@code {plan-outcome}}, {@code {plan-action}},
	 * {@code {plan-review}}, {@code {finding}}.
	 */
	private Map<String, UUID> plan(UUID childId) {
		UUID plan = UUID.randomUUID();
		UUID member = UUID.randomUUID();
		UUID outcome = UUID.randomUUID();
		UUID action = UUID.randomUUID();
		UUID review = UUID.randomUUID();
		UUID finding = UUID.randomUUID();
		UUID teacher = id("select practitioner_id from account where username = 'teacher'");
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, lead_practitioner_id, started_on,
				  started_by, created_at, next_review_on)
				values (?, ?, 'TARGETED_EARLY_HELP', 'EARLY_HELP', true, ?, current_date - 60, 'A teacher', now(), current_date - 2)""")
			.params(plan, childId, teacher)
			.update();
		jdbc.sql("insert into plan_member (id, plan_id, kind, practitioner_id, added_at) values (?, ?, 'PRACTITIONER', ?, now())")
			.params(member, plan, teacher)
			.update();
		jdbc.sql("""
				insert into plan_outcome (id, plan_id, kind, child_said, difference, target_on, position, created_at)
				values (?, ?, 'CHILD_VOICE', 'I am hungry at school', 'Breakfast every day', current_date + 60, 1, now())""")
			.params(outcome, plan)
			.update();
		jdbc.sql("""
				insert into plan_action (id, plan_id, what, owner_member_id, due_on, status, created_at, updated_at)
				values (?, ?, 'Breakfast club place', ?, current_date + 7, 'NOT_STARTED', now(), now())""")
			.params(action, plan, member)
			.update();
		jdbc.sql("""
				insert into plan_review (id, plan_id, held_on, child_voice, family_view, next_review_on, recorded_by, recorded_at)
				values (?, ?, current_date - 44, 'Better now', 'Mornings are easier', current_date - 2, 'A teacher', now())""")
			.params(review, plan)
			.update();
		jdbc.sql("""
				insert into drift_finding (id, plan_id, child_id, code, detail, found_on)
				values (?, ?, ?, 'REVIEW_OVERDUE', 'The review is overdue', current_date - 1)""")
			.params(finding, plan, childId)
			.update();
		return Map.of("{plan}", plan, "{plan-outcome}", outcome, "{plan-action}", action, "{plan-review}", review,
				"{finding}", finding);
	}

	/**
	 * The demo strategy's records: {@code {strategy-priority}}, {@code {strategy-aim}},
	 * {@code {action-item}}, {@code {action-kpi}} (typed readings) and {@code {review-cycle}}.
	 */
	private Map<String, UUID> actionPlan() {
		return Map.of("{strategy-priority}", id("select id from strategy_priority where position = 1 limit 1"),
				"{strategy-aim}", id("select id from strategy_aim where reference = '1.1' limit 1"),
				"{action-item}", id("select id from action_item where reference = '1.1' order by created_at limit 1"),
				"{action-kpi}", id("select id from action_kpi where measure_key is null order by description limit 1"),
				"{review-cycle}", id("select id from strategy_review_cycle order by starts_on limit 1"));
	}

	/** A training course with a session, and an open survey: {@code {course}}, {@code {training-session}}, {@code {survey}}. */
	private Map<String, UUID> workforce() {
		UUID course = UUID.randomUUID();
		UUID session = UUID.randomUUID();
		UUID survey = UUID.randomUUID();
		jdbc.sql("insert into training_course (id, title, reach, delivery, created_at) values (?, ?, 'MULTI_AGENCY', 'FACE_TO_FACE', now())")
			.params(course, "Matrix course " + course)
			.update();
		jdbc.sql("insert into training_session (id, course_id, held_on, trainer, online, places, created_at) values (?, ?, current_date, 'A trainer', true, 10, now())")
			.params(session, course)
			.update();
		jdbc.sql("insert into survey (id, title, opens_on, closes_on, created_at) values (?, 'Matrix survey', current_date - 1, current_date + 30, now())")
			.param(survey)
			.update();
		jdbc.sql("insert into survey_question (id, survey_id, position, text, scale) values (?, ?, 1, 'How confident are you?', 'ONE_TO_TEN')")
			.params(UUID.randomUUID(), survey)
			.update();
		return Map.of("{course}", course, "{training-session}", session, "{survey}", survey);
	}

	/** A draft assessment of the child, as the teacher would start it. */
	private UUID assessment(UUID childId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into assessment (id, child_id, tool_id, tool_version, age_band, assessed_on, status, created_by, created_at)
				values (?, ?, 'family-strengths-and-needs', 1, '5-10', current_date, 'DRAFT', 'A teacher', now())""")
			.params(id, childId)
			.update();
		return id;
	}

	/** An open escalation of the school child, raised by the teacher with children's social care (no one named). */
	private UUID escalation(UUID childId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into escalation (id, child_id, subject, concern, wanted, raised_by, raised_by_account,
				  raised_by_practitioner, raising_agency_id, with_agency_id, raised_at, stage, stage_started_on,
				  stage_due_on, status)
				select ?, ?, 'FRONT_DOOR_DECISION', 'Closed with advice only', 'An assessment', 'A teacher', a.id,
				  a.practitioner_id, p.agency_id, (select id from agency where code = 'CSC'), now(), 1, current_date,
				  current_date + 3650, 'OPEN'
				from account a join practitioner p on p.id = a.practitioner_id where a.username = 'teacher'""")
			.params(id, childId)
			.update();
		jdbc.sql("insert into escalation_stage (escalation_id, stage, started_on, due_on) values (?, 1, current_date, current_date + 3650)")
			.param(id)
			.update();
		return id;
	}

	/** A supervision note of the child referred to social care: the social worker reflected with their manager. */
	private UUID supervisionNote(UUID childId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into supervision_note (id, child_id, worker_practitioner, worker_account, worker_name,
				  supervisor_practitioner, supervisor_name, held_on, stuck, lived_experience, decisions, recorded_at)
				select ?, ?, t.practitioner_id, t.id, 'A social worker', m.practitioner_id, 'A manager', current_date,
				  'Stuck', 'Hungry at school', 'Refer again', now()
				from account t, account m where t.username = 'social.worker' and m.username = 'manager'""")
			.params(id, childId)
			.update();
		return id;
	}

	/** The pathway's records: a level decision and a consent by the teacher, a referral waiting at the front door. */
	private UUID levelDecision(UUID childId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into level_decision (id, child_id, level_code, suggested_code, rationale, decided_by, decided_by_account,
				  decided_at)
				select ?, ?, 'UNIVERSAL', 'UNIVERSAL', 'Needs met', 'A teacher', a.id, now() from account a where a.username = 'teacher'""")
			.params(id, childId)
			.update();
		return id;
	}

	private UUID consent(UUID childId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, purpose, how_given, given_on, lawful_basis, recorded_by,
				  recorded_at)
				values (?, ?, 'A parent', 'Early help', 'WRITTEN', current_date, 'CONSENT', 'A teacher', now())""")
			.params(id, childId)
			.update();
		return id;
	}

	private UUID referral(UUID childId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into front_door_referral (id, child_id, to_agency_id, requested_level_code, reason, family_knows,
				  without_consent_reason, without_consent_lawful_basis, attached, referred_by, referred_at)
				values (?, ?, (select id from agency where code = 'CSC'), 'SPECIALIST', 'Matrix', 'Knows', 'Risk', 'PUBLIC_TASK',
				  '{"levelName":"Not yet decided","alerts":[],"chronology":{"entries":0,"highSignificance":0,"agencies":0,"recent":[]}}'::jsonb,
				  'A practitioner', now())""")
			.params(id, childId)
			.update();
		return id;
	}

	/** A review in the learning register with a recommendation: {@code {learning-review}}, {@code {learning-recommendation}}, {@code {learning-theme}}. */
	private Map<String, UUID> learning() {
		UUID review = UUID.randomUUID();
		UUID recommendation = UUID.randomUUID();
		jdbc.sql("""
				insert into learning_review (id, kind, scope, title, published_by, published_on, created_at)
				values (?, 'RAPID_REVIEW', 'LOCAL', 'Matrix review', 'Matrix', current_date - 30, now())""").param(review).update();
		jdbc.sql("""
				insert into learning_recommendation (id, review_id, position, text, owner_name, owner_agency_id, created_at, updated_at)
				values (?, ?, 1, 'Matrix recommendation', 'A lead', (select id from agency where code = 'CSC'), now(), now())""")
			.params(recommendation, review)
			.update();
		return Map.of("{learning-review}", review, "{learning-recommendation}", recommendation, "{learning-theme}",
				id("select id from learning_theme where name = 'Drift and delay'"));
	}

	/** The assessment tool {@code {tool}} stands for, stored as an upload would store it. */
	static final String TOOL = "matrix-tool";

	private void storeTool() {
		try (java.io.InputStream in = getClass().getResourceAsStream("/tools-test/open-tool-v1.yaml")) {
			String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("tool: test-open-tool\n", "tool: " + TOOL + "\n");
			String digest = java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			jdbc.sql("""
					insert into assessment_tool_version (id, tool_id, version, definition, digest, source, file_name,
					  loaded_by, loaded_at)
					values (?, ?, 1, ?, ?, 'UPLOADED', 'matrix-tool.yaml', 'admin', now()) on conflict do nothing""")
				.params(UUID.randomUUID(), TOOL, yaml, digest)
				.update();
		}
		catch (java.io.IOException | java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A census return (the insight module's record) with no children, for its routes. */
	private UUID censusReturn() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into cin_return (id, lea, year, reference_date, children, warnings, imported_at, imported_by)
				values (?, '998', 2024, date '2024-03-31', 0, 0, now(), 'analyst')""").param(id).update();
		return id;
	}

	private UUID id(String sql) {
		return jdbc.sql(sql).query(UUID.class).single();
	}

	/**
	 * The route rows, one file per module in {@code src/test/resources/authorisation/}: who, method,
	 * path and status, separated by {@code |}; blank lines and lines starting {@code #} are skipped.
	 */
	static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> routes() throws java.io.IOException {
		java.util.List<org.junit.jupiter.params.provider.Arguments> rows = new java.util.ArrayList<>();
		org.springframework.core.io.Resource[] files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:authorisation/*.psv");
		assertThat(files).as("route files").isNotEmpty();
		for (org.springframework.core.io.Resource file : files) {
			String text = file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			int number = 0;
			for (String line : text.split("\n")) {
				number++;
				String row = line.strip();
				if (row.isEmpty() || row.startsWith("#")) {
					continue;
				}
				String[] cells = row.split("\\|");
				assertThat(cells).as("%s line %d", file.getFilename(), number).hasSize(4);
				rows.add(org.junit.jupiter.params.provider.Arguments.of(cells[0].strip(), cells[1].strip(),
						cells[2].strip(), Integer.parseInt(cells[3].strip())));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@org.junit.jupiter.params.provider.MethodSource("routes")
	void route(String who, String method, String path, int expected) throws Exception {
		MvcResult result = mvc.perform(as(who, request(HttpMethod.valueOf(method), resolve(path)))).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s %s %s", who, method, path).isEqualTo(expected);
		if (expected == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).contains("/sign-in");
		}
	}

	@ParameterizedTest(name = "{0} sees {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# who          | child         | may see
			teacher        | {school}      | true
			teacher        | {health}      | false
			police.officer | {school}      | false
			school.dsl     | {school}      | true
			school.dsl     | {health}      | false
			health.visitor | {health}      | true
			health.visitor | {school}      | false
			front.door     | {social-care} | true
			social.worker  | {social-care} | true
			manager        | {social-care} | true
			manager        | {school}      | false
			analyst        | {school}      | false
			auditor        | {school}      | false
			admin          | {school}      | false
			""")
	void record_level_access(String who, String child, boolean maySee) {
		assertThat(access.canSee(actor(who), children.get(child))).isEqualTo(maySee);
	}

	@Test
	void a_child_refused_is_audited_as_denied() throws Exception {
		UUID health = children.get("{health}");
		mvc.perform(as("school.dsl", request(HttpMethod.GET, "/children/" + health + "/audit")));
		assertThat(jdbc.sql("select count(*) from audit_entry where child_id = ? and action = 'DENIED' and username = 'school.dsl'")
			.param(health)
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void breaking_glass_opens_a_record_until_it_expires() throws Exception {
		TestChildren make = new TestChildren(jdbc);
		Child child = make.involve(make.create("Glass"), "health.visitor", "INVOLVED");
		String path = "/children/" + child.id();
		assertThat(status("school.dsl", request(HttpMethod.GET, path))).isEqualTo(404);
		assertThat(access.canSee(actor("police.officer"), child.id())).isFalse();

		assertThat(status("school.dsl", request(HttpMethod.POST, "/break-glass").with(csrf())
			.param("identifier", child.localId())
			.param("reason", "Pupil disclosed harm at home this morning"))).isEqualTo(302);

		assertThat(status("school.dsl", request(HttpMethod.GET, path))).isEqualTo(200);
		assertThat(status("school.dsl", request(HttpMethod.GET, path + "/audit")))
			.as("emergency access does not open who has seen the record").isEqualTo(404);
		assertThat(access.canSee(actor("police.officer"), child.id())).as("only the one who broke glass").isFalse();
		breakGlass.open(actor("police.officer"), child.id(), "Officer attending a call-out at the address");
		assertThat(access.canSee(actor("police.officer"), child.id())).isTrue();
	}

	private int status(String who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(as(who, request)).andReturn().getResponse().getStatus();
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		if (request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI().startsWith("/api/")) {
			return who.equals("anonymous") ? request : request.header("Authorization", "Bearer demo-" + who);
		}
		request.with(csrf());
		return who.equals("anonymous") ? request : request.with(user(accounts.loadUserByUsername(who)));
	}

	private String resolve(String path) {
		String resolved = path.replace("{tool}", TOOL);
		for (Map.Entry<String, UUID> child : children.entrySet()) {
			resolved = resolved.replace(child.getKey(), child.getValue().toString());
		}
		for (Map.Entry<String, UUID> record : records.entrySet()) {
			resolved = resolved.replace(record.getKey(), record.getValue().toString());
		}
		return resolved;
	}

	private Actor actor(String username) {
		return ((org.seen.access.internal.SeenUser) accounts.loadUserByUsername(username)).actor();
	}
}
