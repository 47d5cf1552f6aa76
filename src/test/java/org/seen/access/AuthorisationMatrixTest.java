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
 * add its rows: who (a demo username, or {@code anonymous}), method, path ({@code {school}},
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
		records = Map.of("{agency}", id("select id from agency where code = 'SCH1'"),
				"{practitioner}", id("select practitioner_id from account where username = 'teacher'"),
				"{account}", id("select id from account where username = 'teacher'"),
				"{token}", id("select t.id from api_token t join account a on a.id = t.account_id where a.username = 'teacher'"),
				"{assessment}", assessment(school.id()), "{cin-return}", censusReturn());
		storeTool();
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

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# who          | method | path                       | status
			anonymous      | GET    | /                          | 302
			teacher        | GET    | /                          | 200
			auditor        | GET    | /                          | 200
			admin          | GET    | /                          | 200
			anonymous      | GET    | /sign-in                   | 200
			anonymous      | GET    | /account/password          | 302
			teacher        | GET    | /account/password          | 200
			analyst        | GET    | /account/password          | 200
			admin          | GET    | /account/password          | 200
			teacher        | GET    | /sign-in                   | 200

			anonymous      | GET    | /audit                     | 302
			auditor        | GET    | /audit                     | 200
			teacher        | GET    | /audit                     | 403
			school.dsl     | GET    | /audit                     | 403
			manager        | GET    | /audit                     | 403
			front.door     | GET    | /audit                     | 403
			social.worker  | GET    | /audit                     | 403
			analyst        | GET    | /audit                     | 403
			admin          | GET    | /audit                     | 403
			auditor        | POST   | /audit/verify              | 200
			manager        | POST   | /audit/verify              | 403
			admin          | POST   | /audit/verify              | 403

			anonymous      | GET    | /break-glass               | 302
			teacher        | GET    | /break-glass               | 200
			school.dsl     | GET    | /break-glass               | 200
			manager        | GET    | /break-glass               | 200
			front.door     | GET    | /break-glass               | 200
			social.worker  | GET    | /break-glass               | 200
			health.visitor | GET    | /break-glass               | 200
			police.officer | GET    | /break-glass               | 200
			analyst        | GET    | /break-glass               | 403
			auditor        | GET    | /break-glass               | 403
			admin          | GET    | /break-glass               | 403
			auditor        | POST   | /break-glass               | 403

			anonymous      | GET    | /children/{school}/audit      | 302
			school.dsl     | GET    | /children/{school}/audit      | 200
			auditor        | GET    | /children/{school}/audit      | 200
			manager        | GET    | /children/{school}/audit      | 404
			teacher        | GET    | /children/{school}/audit      | 403
			police.officer | GET    | /children/{school}/audit      | 403
			front.door     | GET    | /children/{school}/audit      | 403
			social.worker  | GET    | /children/{school}/audit      | 403
			analyst        | GET    | /children/{school}/audit      | 403
			admin          | GET    | /children/{school}/audit      | 403
			manager        | GET    | /children/{social-care}/audit | 200
			school.dsl     | GET    | /children/{social-care}/audit | 404
			auditor        | GET    | /children/{social-care}/audit | 200
			school.dsl     | GET    | /children/{health}/audit      | 404
			manager        | GET    | /children/{health}/audit      | 404
			auditor        | GET    | /children/{unknown}/audit     | 404
			school.dsl     | GET    | /children/{unknown}/audit     | 404
			auditor        | GET    | /children/not-an-id/audit     | 404

			anonymous      | GET    | /children/{school}         | 302
			teacher        | GET    | /children/{school}         | 200
			school.dsl     | GET    | /children/{school}         | 200
			police.officer | GET    | /children/{school}         | 404
			health.visitor | GET    | /children/{school}         | 404
			manager        | GET    | /children/{school}         | 404
			front.door     | GET    | /children/{social-care}    | 200
			social.worker  | GET    | /children/{social-care}    | 200
			manager        | GET    | /children/{social-care}    | 200
			teacher        | GET    | /children/{social-care}    | 404
			health.visitor | GET    | /children/{health}         | 200
			school.dsl     | GET    | /children/{health}         | 404
			teacher        | GET    | /children/{unknown}        | 404
			analyst        | GET    | /children/{school}         | 403
			auditor        | GET    | /children/{school}         | 403
			admin          | GET    | /children/{school}         | 403
			teacher        | GET    | /children/{school}/edit    | 200
			police.officer | GET    | /children/{school}/edit    | 404
			teacher        | GET    | /children/{school}/adults/new | 200
			police.officer | GET    | /children/{school}/adults/new | 404
			teacher        | GET    | /children/{school}/chronology | 200
			school.dsl     | GET    | /children/{school}/chronology | 200
			police.officer | GET    | /children/{school}/chronology | 404
			analyst        | GET    | /children/{school}/chronology | 403
			teacher        | GET    | /children/{school}/involvement/new | 200
			police.officer | GET    | /children/{school}/involvement/new | 404
			analyst        | GET    | /children/{school}/involvement/new | 403
			teacher        | GET    | /children/{school}/events/new | 200
			health.visitor | GET    | /children/{school}/events/new | 404
			anonymous      | GET    | /children/new              | 302
			teacher        | GET    | /children/new              | 200
			front.door     | GET    | /children/new              | 200
			analyst        | GET    | /children/new              | 403
			auditor        | GET    | /children/new              | 403
			admin          | GET    | /children/new              | 403
			teacher        | GET    | /search                    | 200
			analyst        | GET    | /search                    | 403
			admin          | GET    | /search                    | 403
			teacher        | GET    | /worklist                  | 200
			manager        | GET    | /worklist                  | 200
			analyst        | GET    | /worklist                  | 403
			auditor        | GET    | /worklist                  | 403
			anonymous      | GET    | /worklist                  | 302
			teacher        | GET    | /inbox                     | 200
			front.door     | GET    | /inbox                     | 200
			analyst        | GET    | /inbox                     | 403
			anonymous      | GET    | /inbox                     | 302
			teacher        | GET    | /api/v1/notices            | 200
			analyst        | GET    | /api/v1/notices            | 403
			anonymous      | GET    | /api/v1/notices            | 401

			anonymous      | GET    | /api/v1/children/{school}  | 401
			teacher        | GET    | /api/v1/children/{school}  | 200
			school.dsl     | GET    | /api/v1/children/{school}  | 200
			police.officer | GET    | /api/v1/children/{school}  | 404
			teacher        | GET    | /api/v1/children/{unknown} | 404
			analyst        | GET    | /api/v1/children/{school}  | 403
			auditor        | GET    | /api/v1/children/{school}  | 403
			admin          | GET    | /api/v1/children/{school}  | 403
			teacher        | GET    | /api/v1/children?name=school | 200
			analyst        | GET    | /api/v1/children?name=school | 403
			teacher        | GET    | /api/v1/children/{school}/events | 200
			police.officer | GET    | /api/v1/children/{school}/events | 404
			teacher        | GET    | /api/v1/children/{school}/alerts | 200
			police.officer | GET    | /api/v1/children/{school}/alerts | 404
			analyst        | GET    | /api/v1/children/{school}/alerts | 403
			anonymous      | GET    | /v3/api-docs               | 200

			anonymous      | GET    | /assessments/{assessment}                 | 302
			teacher        | GET    | /assessments/{assessment}                 | 200
			school.dsl     | GET    | /assessments/{assessment}                 | 200
			police.officer | GET    | /assessments/{assessment}                 | 404
			health.visitor | GET    | /assessments/{assessment}                 | 404
			analyst        | GET    | /assessments/{assessment}                 | 403
			auditor        | GET    | /assessments/{assessment}                 | 403
			admin          | GET    | /assessments/{assessment}                 | 403
			teacher        | GET    | /assessments/{unknown}                    | 404
			teacher        | GET    | /assessments/{assessment}/summary         | 200
			police.officer | GET    | /assessments/{assessment}/summary         | 404
			teacher        | GET    | /assessments/{assessment}/items/nutrition | 200
			teacher        | GET    | /assessments/{assessment}/items/no-such-item | 404
			police.officer | GET    | /assessments/{assessment}/items/nutrition | 404
			teacher        | GET    | /assessments/{assessment}/present         | 200
			police.officer | GET    | /assessments/{assessment}/present         | 404
			teacher        | GET    | /assessments/{assessment}/copy            | 200
			police.officer | GET    | /assessments/{assessment}/copy            | 404
			school.dsl     | GET    | /assessments/{assessment}/countersign     | 200
			police.officer | GET    | /assessments/{assessment}/countersign     | 404
			teacher        | GET    | /children/{school}/assessments            | 200
			police.officer | GET    | /children/{school}/assessments            | 404
			analyst        | GET    | /children/{school}/assessments            | 403
			teacher        | GET    | /children/{school}/assessments/new        | 200
			police.officer | GET    | /children/{school}/assessments/new        | 404
			teacher        | GET    | /children/{school}/assessments/change     | 200
			police.officer | GET    | /children/{school}/assessments/change     | 404
			teacher        | GET    | /children/{school}/voice                  | 200
			school.dsl     | GET    | /children/{school}/voice                  | 200
			police.officer | GET    | /children/{school}/voice                  | 404
			analyst        | GET    | /children/{school}/voice                  | 403
			teacher        | GET    | /children/{school}/voice/new              | 200
			police.officer | GET    | /children/{school}/voice/new              | 404
			anonymous      | GET    | /assessments/{assessment}/assessment.pdf  | 302
			teacher        | GET    | /assessments/{assessment}/assessment.pdf  | 200
			school.dsl     | GET    | /assessments/{assessment}/assessment.pdf  | 200
			police.officer | GET    | /assessments/{assessment}/assessment.pdf  | 404
			health.visitor | GET    | /assessments/{assessment}/assessment.pdf  | 404
			manager        | GET    | /assessments/{assessment}/assessment.pdf  | 404
			analyst        | GET    | /assessments/{assessment}/assessment.pdf  | 403
			auditor        | GET    | /assessments/{assessment}/assessment.pdf  | 403
			admin          | GET    | /assessments/{assessment}/assessment.pdf  | 403
			teacher        | GET    | /assessments/{unknown}/assessment.pdf     | 404
			anonymous      | GET    | /assessments/{assessment}/family-copy.pdf | 302
			teacher        | GET    | /assessments/{assessment}/family-copy.pdf | 200
			school.dsl     | GET    | /assessments/{assessment}/family-copy.pdf | 200
			police.officer | GET    | /assessments/{assessment}/family-copy.pdf | 404
			health.visitor | GET    | /assessments/{assessment}/family-copy.pdf | 404
			analyst        | GET    | /assessments/{assessment}/family-copy.pdf | 403
			admin          | GET    | /assessments/{assessment}/family-copy.pdf | 403
			teacher        | GET    | /assessments/{unknown}/family-copy.pdf    | 404
			anonymous      | GET    | /api/v1/assessments/{assessment}          | 401
			teacher        | GET    | /api/v1/assessments/{assessment}          | 200
			police.officer | GET    | /api/v1/assessments/{assessment}          | 404
			analyst        | GET    | /api/v1/assessments/{assessment}          | 403
			auditor        | GET    | /api/v1/assessments/{assessment}          | 403
			teacher        | GET    | /api/v1/children/{school}/assessments     | 200
			police.officer | GET    | /api/v1/children/{school}/assessments     | 404
			teacher        | GET    | /api/v1/children/{school}/voice           | 200
			police.officer | GET    | /api/v1/children/{school}/voice           | 404
			analyst        | GET    | /api/v1/children/{school}/voice           | 403

			anonymous      | GET    | /api/v1/audit              | 401
			auditor        | GET    | /api/v1/audit              | 200
			auditor        | GET    | /api/v1/audit?childId={school} | 200
			auditor        | GET    | /api/v1/audit?childId=nonsense | 400
			teacher        | GET    | /api/v1/audit              | 403
			school.dsl     | GET    | /api/v1/audit              | 403
			manager        | GET    | /api/v1/audit              | 403
			front.door     | GET    | /api/v1/audit              | 403
			social.worker  | GET    | /api/v1/audit              | 403
			analyst        | GET    | /api/v1/audit              | 403
			admin          | GET    | /api/v1/audit              | 403
			anonymous      | GET    | /api/v1/audit/verify       | 401
			auditor        | GET    | /api/v1/audit/verify       | 200
			manager        | GET    | /api/v1/audit/verify       | 403
			analyst        | GET    | /api/v1/audit/verify       | 403

			anonymous      | POST   | /api/v1/cin-returns                             | 401
			analyst        | POST   | /api/v1/cin-returns                             | 415
			manager        | POST   | /api/v1/cin-returns                             | 403
			auditor        | POST   | /api/v1/cin-returns                             | 403
			admin          | POST   | /api/v1/cin-returns                             | 403
			teacher        | POST   | /api/v1/cin-returns                             | 403
			social.worker  | POST   | /api/v1/cin-returns                             | 403
			anonymous      | GET    | /api/v1/cin-returns                             | 401
			analyst        | GET    | /api/v1/cin-returns                             | 200
			manager        | GET    | /api/v1/cin-returns                             | 200
			auditor        | GET    | /api/v1/cin-returns                             | 200
			admin          | GET    | /api/v1/cin-returns                             | 200
			teacher        | GET    | /api/v1/cin-returns                             | 403
			school.dsl     | GET    | /api/v1/cin-returns                             | 403
			front.door     | GET    | /api/v1/cin-returns                             | 403
			social.worker  | GET    | /api/v1/cin-returns                             | 403
			health.visitor | GET    | /api/v1/cin-returns                             | 403
			police.officer | GET    | /api/v1/cin-returns                             | 403
			anonymous      | GET    | /api/v1/cin-returns/{cin-return}                | 401
			analyst        | GET    | /api/v1/cin-returns/{cin-return}                | 200
			manager        | GET    | /api/v1/cin-returns/{cin-return}                | 200
			auditor        | GET    | /api/v1/cin-returns/{cin-return}                | 200
			admin          | GET    | /api/v1/cin-returns/{cin-return}                | 200
			teacher        | GET    | /api/v1/cin-returns/{cin-return}                | 403
			analyst        | GET    | /api/v1/cin-returns/{unknown}                   | 404
			anonymous      | GET    | /api/v1/cin-returns/{cin-return}/measures       | 401
			analyst        | GET    | /api/v1/cin-returns/{cin-return}/measures       | 200
			manager        | GET    | /api/v1/cin-returns/{cin-return}/measures       | 200
			auditor        | GET    | /api/v1/cin-returns/{cin-return}/measures       | 200
			admin          | GET    | /api/v1/cin-returns/{cin-return}/measures       | 200
			teacher        | GET    | /api/v1/cin-returns/{cin-return}/measures       | 403
			school.dsl     | GET    | /api/v1/cin-returns/{cin-return}/measures       | 403
			front.door     | GET    | /api/v1/cin-returns/{cin-return}/measures       | 403
			social.worker  | GET    | /api/v1/cin-returns/{cin-return}/measures       | 403
			health.visitor | GET    | /api/v1/cin-returns/{cin-return}/measures       | 403
			police.officer | GET    | /api/v1/cin-returns/{cin-return}/measures       | 403
			analyst        | GET    | /api/v1/cin-returns/{unknown}/measures          | 404
			anonymous      | GET    | /api/v1/cin-trends/998                          | 401
			analyst        | GET    | /api/v1/cin-trends/998                          | 200
			manager        | GET    | /api/v1/cin-trends/998                          | 200
			auditor        | GET    | /api/v1/cin-trends/998                          | 200
			admin          | GET    | /api/v1/cin-trends/998                          | 200
			teacher        | GET    | /api/v1/cin-trends/998                          | 403
			social.worker  | GET    | /api/v1/cin-trends/998                          | 403
			analyst        | GET    | /api/v1/cin-trends/997                          | 404
			anonymous      | GET    | /api/v1/insight/live                            | 401
			analyst        | GET    | /api/v1/insight/live                            | 200
			manager        | GET    | /api/v1/insight/live                            | 200
			auditor        | GET    | /api/v1/insight/live                            | 200
			admin          | GET    | /api/v1/insight/live                            | 200
			teacher        | GET    | /api/v1/insight/live                            | 403
			school.dsl     | GET    | /api/v1/insight/live                            | 403
			front.door     | GET    | /api/v1/insight/live                            | 403
			social.worker  | GET    | /api/v1/insight/live                            | 403
			health.visitor | GET    | /api/v1/insight/live                            | 403
			police.officer | GET    | /api/v1/insight/live                            | 403
			analyst        | GET    | /api/v1/insight/live?quarters=0                 | 422
			anonymous      | POST   | /api/v1/insight/deprivation                     | 401
			analyst        | POST   | /api/v1/insight/deprivation                     | 422
			admin          | POST   | /api/v1/insight/deprivation                     | 422
			manager        | POST   | /api/v1/insight/deprivation                     | 403
			auditor        | POST   | /api/v1/insight/deprivation                     | 403
			teacher        | POST   | /api/v1/insight/deprivation                     | 403
			social.worker  | POST   | /api/v1/insight/deprivation                     | 403
			anonymous      | GET    | /insight/live                                   | 302
			analyst        | GET    | /insight/live                                   | 200
			manager        | GET    | /insight/live                                   | 200
			auditor        | GET    | /insight/live                                   | 200
			admin          | GET    | /insight/live                                   | 200
			teacher        | GET    | /insight/live                                   | 403
			school.dsl     | GET    | /insight/live                                   | 403
			front.door     | GET    | /insight/live                                   | 403
			social.worker  | GET    | /insight/live                                   | 403
			health.visitor | GET    | /insight/live                                   | 403
			police.officer | GET    | /insight/live                                   | 403
			anonymous      | GET    | /insight/live.csv                               | 302
			analyst        | GET    | /insight/live.csv                               | 200
			manager        | GET    | /insight/live.csv                               | 200
			auditor        | GET    | /insight/live.csv                               | 200
			admin          | GET    | /insight/live.csv                               | 200
			teacher        | GET    | /insight/live.csv                               | 403
			social.worker  | GET    | /insight/live.csv                               | 403
			anonymous      | GET    | /insight/deprivation                            | 302
			analyst        | GET    | /insight/deprivation                            | 200
			admin          | GET    | /insight/deprivation                            | 200
			manager        | GET    | /insight/deprivation                            | 403
			auditor        | GET    | /insight/deprivation                            | 403
			teacher        | GET    | /insight/deprivation                            | 403
			social.worker  | GET    | /insight/deprivation                            | 403
			anonymous      | POST   | /insight/deprivation                            | 302
			analyst        | POST   | /insight/deprivation                            | 200
			admin          | POST   | /insight/deprivation                            | 200
			manager        | POST   | /insight/deprivation                            | 403
			auditor        | POST   | /insight/deprivation                            | 403
			teacher        | POST   | /insight/deprivation                            | 403
			front.door     | POST   | /insight/deprivation                            | 403

			anonymous      | GET    | /insight/census                                 | 302
			analyst        | GET    | /insight/census                                 | 200
			manager        | GET    | /insight/census                                 | 200
			auditor        | GET    | /insight/census                                 | 200
			admin          | GET    | /insight/census                                 | 200
			teacher        | GET    | /insight/census                                 | 403
			school.dsl     | GET    | /insight/census                                 | 403
			front.door     | GET    | /insight/census                                 | 403
			social.worker  | GET    | /insight/census                                 | 403
			health.visitor | GET    | /insight/census                                 | 403
			police.officer | GET    | /insight/census                                 | 403
			anonymous      | POST   | /insight/census                                 | 302
			analyst        | POST   | /insight/census                                 | 200
			manager        | POST   | /insight/census                                 | 403
			auditor        | POST   | /insight/census                                 | 403
			admin          | POST   | /insight/census                                 | 403
			teacher        | POST   | /insight/census                                 | 403
			social.worker  | POST   | /insight/census                                 | 403
			anonymous      | GET    | /insight/census/{cin-return}                    | 302
			analyst        | GET    | /insight/census/{cin-return}                    | 200
			manager        | GET    | /insight/census/{cin-return}                    | 200
			auditor        | GET    | /insight/census/{cin-return}                    | 200
			admin          | GET    | /insight/census/{cin-return}                    | 200
			teacher        | GET    | /insight/census/{cin-return}                    | 403
			front.door     | GET    | /insight/census/{cin-return}                    | 403
			analyst        | GET    | /insight/census/{unknown}                       | 404
			anonymous      | GET    | /insight/census/{cin-return}/measures.csv       | 302
			analyst        | GET    | /insight/census/{cin-return}/measures.csv       | 200
			manager        | GET    | /insight/census/{cin-return}/measures.csv       | 200
			auditor        | GET    | /insight/census/{cin-return}/measures.csv       | 200
			admin          | GET    | /insight/census/{cin-return}/measures.csv       | 200
			teacher        | GET    | /insight/census/{cin-return}/measures.csv       | 403
			school.dsl     | GET    | /insight/census/{cin-return}/measures.csv       | 403
			anonymous      | GET    | /insight                                        | 302
			analyst        | GET    | /insight                                        | 200
			manager        | GET    | /insight                                        | 200
			auditor        | GET    | /insight                                        | 200
			admin          | GET    | /insight                                        | 200
			teacher        | GET    | /insight                                        | 403
			school.dsl     | GET    | /insight                                        | 403
			front.door     | GET    | /insight                                        | 403
			social.worker  | GET    | /insight                                        | 403
			health.visitor | GET    | /insight                                        | 403
			police.officer | GET    | /insight                                        | 403
			anonymous      | GET    | /insight?lea=998&breakdown=sex                  | 302
			analyst        | GET    | /insight?lea=998&breakdown=sex                  | 200
			manager        | GET    | /insight?lea=998&breakdown=sex                  | 200
			auditor        | GET    | /insight?lea=998&breakdown=sex                  | 200
			admin          | GET    | /insight?lea=998&breakdown=sex                  | 200
			teacher        | GET    | /insight?lea=998&breakdown=sex                  | 403
			school.dsl     | GET    | /insight?lea=998&breakdown=sex                  | 403
			front.door     | GET    | /insight?lea=998&breakdown=sex                  | 403
			social.worker  | GET    | /insight?lea=998&breakdown=sex                  | 403
			health.visitor | GET    | /insight?lea=998&breakdown=sex                  | 403
			police.officer | GET    | /insight?lea=998&breakdown=sex                  | 403
			anonymous      | GET    | /insight/export.csv?lea=998                     | 302
			analyst        | GET    | /insight/export.csv?lea=998                     | 200
			manager        | GET    | /insight/export.csv?lea=998                     | 200
			auditor        | GET    | /insight/export.csv?lea=998                     | 200
			admin          | GET    | /insight/export.csv?lea=998                     | 200
			teacher        | GET    | /insight/export.csv?lea=998                     | 403
			school.dsl     | GET    | /insight/export.csv?lea=998                     | 403
			front.door     | GET    | /insight/export.csv?lea=998                     | 403
			social.worker  | GET    | /insight/export.csv?lea=998                     | 403
			health.visitor | GET    | /insight/export.csv?lea=998                     | 403
			police.officer | GET    | /insight/export.csv?lea=998                     | 403
			anonymous      | GET    | /insight/export.xlsx?lea=998                    | 302
			analyst        | GET    | /insight/export.xlsx?lea=998                    | 200
			manager        | GET    | /insight/export.xlsx?lea=998                    | 200
			auditor        | GET    | /insight/export.xlsx?lea=998                    | 200
			admin          | GET    | /insight/export.xlsx?lea=998                    | 200
			teacher        | GET    | /insight/export.xlsx?lea=998                    | 403
			school.dsl     | GET    | /insight/export.xlsx?lea=998                    | 403
			front.door     | GET    | /insight/export.xlsx?lea=998                    | 403
			social.worker  | GET    | /insight/export.xlsx?lea=998                    | 403
			health.visitor | GET    | /insight/export.xlsx?lea=998                    | 403
			police.officer | GET    | /insight/export.xlsx?lea=998                    | 403
			anonymous      | GET    | /insight/report.pdf?lea=998                     | 302
			analyst        | GET    | /insight/report.pdf?lea=998                     | 200
			manager        | GET    | /insight/report.pdf?lea=998                     | 200
			auditor        | GET    | /insight/report.pdf?lea=998                     | 200
			admin          | GET    | /insight/report.pdf?lea=998                     | 200
			teacher        | GET    | /insight/report.pdf?lea=998                     | 403
			school.dsl     | GET    | /insight/report.pdf?lea=998                     | 403
			front.door     | GET    | /insight/report.pdf?lea=998                     | 403
			social.worker  | GET    | /insight/report.pdf?lea=998                     | 403
			health.visitor | GET    | /insight/report.pdf?lea=998                     | 403
			police.officer | GET    | /insight/report.pdf?lea=998                     | 403
			analyst        | GET    | /insight?lea=997                                | 400
			analyst        | GET    | /insight/export.csv?lea=998&breakdown=height    | 400
			manager        | GET    | /insight/report.pdf?lea=998&year=2019           | 400

			anonymous      | GET    | /admin                                          | 302
			admin          | GET    | /admin                                          | 200
			teacher        | GET    | /admin                                          | 403
			school.dsl     | GET    | /admin                                          | 403
			manager        | GET    | /admin                                          | 403
			front.door     | GET    | /admin                                          | 403
			social.worker  | GET    | /admin                                          | 403
			health.visitor | GET    | /admin                                          | 403
			police.officer | GET    | /admin                                          | 403
			analyst        | GET    | /admin                                          | 403
			auditor        | GET    | /admin                                          | 403
			anonymous      | GET    | /admin/agencies                                 | 302
			admin          | GET    | /admin/agencies                                 | 200
			teacher        | GET    | /admin/agencies                                 | 403
			school.dsl     | GET    | /admin/agencies                                 | 403
			manager        | GET    | /admin/agencies                                 | 403
			front.door     | GET    | /admin/agencies                                 | 403
			social.worker  | GET    | /admin/agencies                                 | 403
			health.visitor | GET    | /admin/agencies                                 | 403
			police.officer | GET    | /admin/agencies                                 | 403
			analyst        | GET    | /admin/agencies                                 | 403
			auditor        | GET    | /admin/agencies                                 | 403
			anonymous      | GET    | /admin/agencies/new                             | 302
			admin          | GET    | /admin/agencies/new                             | 200
			teacher        | GET    | /admin/agencies/new                             | 403
			school.dsl     | GET    | /admin/agencies/new                             | 403
			manager        | GET    | /admin/agencies/new                             | 403
			front.door     | GET    | /admin/agencies/new                             | 403
			social.worker  | GET    | /admin/agencies/new                             | 403
			health.visitor | GET    | /admin/agencies/new                             | 403
			police.officer | GET    | /admin/agencies/new                             | 403
			analyst        | GET    | /admin/agencies/new                             | 403
			auditor        | GET    | /admin/agencies/new                             | 403
			anonymous      | POST   | /admin/agencies/new                             | 302
			teacher        | POST   | /admin/agencies/new                             | 403
			school.dsl     | POST   | /admin/agencies/new                             | 403
			manager        | POST   | /admin/agencies/new                             | 403
			front.door     | POST   | /admin/agencies/new                             | 403
			social.worker  | POST   | /admin/agencies/new                             | 403
			health.visitor | POST   | /admin/agencies/new                             | 403
			police.officer | POST   | /admin/agencies/new                             | 403
			analyst        | POST   | /admin/agencies/new                             | 403
			auditor        | POST   | /admin/agencies/new                             | 403
			anonymous      | GET    | /admin/agencies/{agency}                        | 302
			admin          | GET    | /admin/agencies/{agency}                        | 200
			teacher        | GET    | /admin/agencies/{agency}                        | 403
			school.dsl     | GET    | /admin/agencies/{agency}                        | 403
			manager        | GET    | /admin/agencies/{agency}                        | 403
			front.door     | GET    | /admin/agencies/{agency}                        | 403
			social.worker  | GET    | /admin/agencies/{agency}                        | 403
			health.visitor | GET    | /admin/agencies/{agency}                        | 403
			police.officer | GET    | /admin/agencies/{agency}                        | 403
			analyst        | GET    | /admin/agencies/{agency}                        | 403
			auditor        | GET    | /admin/agencies/{agency}                        | 403
			anonymous      | GET    | /admin/agencies/{agency}/teams/new              | 302
			admin          | GET    | /admin/agencies/{agency}/teams/new              | 200
			teacher        | GET    | /admin/agencies/{agency}/teams/new              | 403
			school.dsl     | GET    | /admin/agencies/{agency}/teams/new              | 403
			manager        | GET    | /admin/agencies/{agency}/teams/new              | 403
			front.door     | GET    | /admin/agencies/{agency}/teams/new              | 403
			social.worker  | GET    | /admin/agencies/{agency}/teams/new              | 403
			health.visitor | GET    | /admin/agencies/{agency}/teams/new              | 403
			police.officer | GET    | /admin/agencies/{agency}/teams/new              | 403
			analyst        | GET    | /admin/agencies/{agency}/teams/new              | 403
			auditor        | GET    | /admin/agencies/{agency}/teams/new              | 403
			anonymous      | POST   | /admin/agencies/{agency}/teams/new              | 302
			teacher        | POST   | /admin/agencies/{agency}/teams/new              | 403
			school.dsl     | POST   | /admin/agencies/{agency}/teams/new              | 403
			manager        | POST   | /admin/agencies/{agency}/teams/new              | 403
			front.door     | POST   | /admin/agencies/{agency}/teams/new              | 403
			social.worker  | POST   | /admin/agencies/{agency}/teams/new              | 403
			health.visitor | POST   | /admin/agencies/{agency}/teams/new              | 403
			police.officer | POST   | /admin/agencies/{agency}/teams/new              | 403
			analyst        | POST   | /admin/agencies/{agency}/teams/new              | 403
			auditor        | POST   | /admin/agencies/{agency}/teams/new              | 403
			anonymous      | GET    | /admin/practitioners/new                        | 302
			admin          | GET    | /admin/practitioners/new                        | 200
			teacher        | GET    | /admin/practitioners/new                        | 403
			school.dsl     | GET    | /admin/practitioners/new                        | 403
			manager        | GET    | /admin/practitioners/new                        | 403
			front.door     | GET    | /admin/practitioners/new                        | 403
			social.worker  | GET    | /admin/practitioners/new                        | 403
			health.visitor | GET    | /admin/practitioners/new                        | 403
			police.officer | GET    | /admin/practitioners/new                        | 403
			analyst        | GET    | /admin/practitioners/new                        | 403
			auditor        | GET    | /admin/practitioners/new                        | 403
			anonymous      | POST   | /admin/practitioners/new                        | 302
			teacher        | POST   | /admin/practitioners/new                        | 403
			school.dsl     | POST   | /admin/practitioners/new                        | 403
			manager        | POST   | /admin/practitioners/new                        | 403
			front.door     | POST   | /admin/practitioners/new                        | 403
			social.worker  | POST   | /admin/practitioners/new                        | 403
			health.visitor | POST   | /admin/practitioners/new                        | 403
			police.officer | POST   | /admin/practitioners/new                        | 403
			analyst        | POST   | /admin/practitioners/new                        | 403
			auditor        | POST   | /admin/practitioners/new                        | 403
			anonymous      | GET    | /admin/practitioners/{practitioner}             | 302
			admin          | GET    | /admin/practitioners/{practitioner}             | 200
			teacher        | GET    | /admin/practitioners/{practitioner}             | 403
			school.dsl     | GET    | /admin/practitioners/{practitioner}             | 403
			manager        | GET    | /admin/practitioners/{practitioner}             | 403
			front.door     | GET    | /admin/practitioners/{practitioner}             | 403
			social.worker  | GET    | /admin/practitioners/{practitioner}             | 403
			health.visitor | GET    | /admin/practitioners/{practitioner}             | 403
			police.officer | GET    | /admin/practitioners/{practitioner}             | 403
			analyst        | GET    | /admin/practitioners/{practitioner}             | 403
			auditor        | GET    | /admin/practitioners/{practitioner}             | 403
			anonymous      | POST   | /admin/practitioners/{practitioner}             | 302
			teacher        | POST   | /admin/practitioners/{practitioner}             | 403
			school.dsl     | POST   | /admin/practitioners/{practitioner}             | 403
			manager        | POST   | /admin/practitioners/{practitioner}             | 403
			front.door     | POST   | /admin/practitioners/{practitioner}             | 403
			social.worker  | POST   | /admin/practitioners/{practitioner}             | 403
			health.visitor | POST   | /admin/practitioners/{practitioner}             | 403
			police.officer | POST   | /admin/practitioners/{practitioner}             | 403
			analyst        | POST   | /admin/practitioners/{practitioner}             | 403
			auditor        | POST   | /admin/practitioners/{practitioner}             | 403
			anonymous      | GET    | /admin/accounts                                 | 302
			admin          | GET    | /admin/accounts                                 | 200
			teacher        | GET    | /admin/accounts                                 | 403
			school.dsl     | GET    | /admin/accounts                                 | 403
			manager        | GET    | /admin/accounts                                 | 403
			front.door     | GET    | /admin/accounts                                 | 403
			social.worker  | GET    | /admin/accounts                                 | 403
			health.visitor | GET    | /admin/accounts                                 | 403
			police.officer | GET    | /admin/accounts                                 | 403
			analyst        | GET    | /admin/accounts                                 | 403
			auditor        | GET    | /admin/accounts                                 | 403
			anonymous      | GET    | /admin/accounts/new                             | 302
			admin          | GET    | /admin/accounts/new                             | 200
			teacher        | GET    | /admin/accounts/new                             | 403
			school.dsl     | GET    | /admin/accounts/new                             | 403
			manager        | GET    | /admin/accounts/new                             | 403
			front.door     | GET    | /admin/accounts/new                             | 403
			social.worker  | GET    | /admin/accounts/new                             | 403
			health.visitor | GET    | /admin/accounts/new                             | 403
			police.officer | GET    | /admin/accounts/new                             | 403
			analyst        | GET    | /admin/accounts/new                             | 403
			auditor        | GET    | /admin/accounts/new                             | 403
			anonymous      | POST   | /admin/accounts/new                             | 302
			teacher        | POST   | /admin/accounts/new                             | 403
			school.dsl     | POST   | /admin/accounts/new                             | 403
			manager        | POST   | /admin/accounts/new                             | 403
			front.door     | POST   | /admin/accounts/new                             | 403
			social.worker  | POST   | /admin/accounts/new                             | 403
			health.visitor | POST   | /admin/accounts/new                             | 403
			police.officer | POST   | /admin/accounts/new                             | 403
			analyst        | POST   | /admin/accounts/new                             | 403
			auditor        | POST   | /admin/accounts/new                             | 403
			anonymous      | GET    | /admin/accounts/{account}                       | 302
			admin          | GET    | /admin/accounts/{account}                       | 200
			teacher        | GET    | /admin/accounts/{account}                       | 403
			school.dsl     | GET    | /admin/accounts/{account}                       | 403
			manager        | GET    | /admin/accounts/{account}                       | 403
			front.door     | GET    | /admin/accounts/{account}                       | 403
			social.worker  | GET    | /admin/accounts/{account}                       | 403
			health.visitor | GET    | /admin/accounts/{account}                       | 403
			police.officer | GET    | /admin/accounts/{account}                       | 403
			analyst        | GET    | /admin/accounts/{account}                       | 403
			auditor        | GET    | /admin/accounts/{account}                       | 403
			anonymous      | POST   | /admin/accounts/{account}/disable               | 302
			teacher        | POST   | /admin/accounts/{account}/disable               | 403
			school.dsl     | POST   | /admin/accounts/{account}/disable               | 403
			manager        | POST   | /admin/accounts/{account}/disable               | 403
			front.door     | POST   | /admin/accounts/{account}/disable               | 403
			social.worker  | POST   | /admin/accounts/{account}/disable               | 403
			health.visitor | POST   | /admin/accounts/{account}/disable               | 403
			police.officer | POST   | /admin/accounts/{account}/disable               | 403
			analyst        | POST   | /admin/accounts/{account}/disable               | 403
			auditor        | POST   | /admin/accounts/{account}/disable               | 403
			anonymous      | POST   | /admin/accounts/{account}/enable                | 302
			teacher        | POST   | /admin/accounts/{account}/enable                | 403
			school.dsl     | POST   | /admin/accounts/{account}/enable                | 403
			manager        | POST   | /admin/accounts/{account}/enable                | 403
			front.door     | POST   | /admin/accounts/{account}/enable                | 403
			social.worker  | POST   | /admin/accounts/{account}/enable                | 403
			health.visitor | POST   | /admin/accounts/{account}/enable                | 403
			police.officer | POST   | /admin/accounts/{account}/enable                | 403
			analyst        | POST   | /admin/accounts/{account}/enable                | 403
			auditor        | POST   | /admin/accounts/{account}/enable                | 403
			anonymous      | POST   | /admin/accounts/{account}/unlock                | 302
			teacher        | POST   | /admin/accounts/{account}/unlock                | 403
			school.dsl     | POST   | /admin/accounts/{account}/unlock                | 403
			manager        | POST   | /admin/accounts/{account}/unlock                | 403
			front.door     | POST   | /admin/accounts/{account}/unlock                | 403
			social.worker  | POST   | /admin/accounts/{account}/unlock                | 403
			health.visitor | POST   | /admin/accounts/{account}/unlock                | 403
			police.officer | POST   | /admin/accounts/{account}/unlock                | 403
			analyst        | POST   | /admin/accounts/{account}/unlock                | 403
			auditor        | POST   | /admin/accounts/{account}/unlock                | 403
			anonymous      | GET    | /admin/accounts/{account}/password              | 302
			admin          | GET    | /admin/accounts/{account}/password              | 200
			teacher        | GET    | /admin/accounts/{account}/password              | 403
			school.dsl     | GET    | /admin/accounts/{account}/password              | 403
			manager        | GET    | /admin/accounts/{account}/password              | 403
			front.door     | GET    | /admin/accounts/{account}/password              | 403
			social.worker  | GET    | /admin/accounts/{account}/password              | 403
			health.visitor | GET    | /admin/accounts/{account}/password              | 403
			police.officer | GET    | /admin/accounts/{account}/password              | 403
			analyst        | GET    | /admin/accounts/{account}/password              | 403
			auditor        | GET    | /admin/accounts/{account}/password              | 403
			anonymous      | POST   | /admin/accounts/{account}/password              | 302
			teacher        | POST   | /admin/accounts/{account}/password              | 403
			school.dsl     | POST   | /admin/accounts/{account}/password              | 403
			manager        | POST   | /admin/accounts/{account}/password              | 403
			front.door     | POST   | /admin/accounts/{account}/password              | 403
			social.worker  | POST   | /admin/accounts/{account}/password              | 403
			health.visitor | POST   | /admin/accounts/{account}/password              | 403
			police.officer | POST   | /admin/accounts/{account}/password              | 403
			analyst        | POST   | /admin/accounts/{account}/password              | 403
			auditor        | POST   | /admin/accounts/{account}/password              | 403
			anonymous      | POST   | /admin/accounts/{account}/tokens                | 302
			teacher        | POST   | /admin/accounts/{account}/tokens                | 403
			school.dsl     | POST   | /admin/accounts/{account}/tokens                | 403
			manager        | POST   | /admin/accounts/{account}/tokens                | 403
			front.door     | POST   | /admin/accounts/{account}/tokens                | 403
			social.worker  | POST   | /admin/accounts/{account}/tokens                | 403
			health.visitor | POST   | /admin/accounts/{account}/tokens                | 403
			police.officer | POST   | /admin/accounts/{account}/tokens                | 403
			analyst        | POST   | /admin/accounts/{account}/tokens                | 403
			auditor        | POST   | /admin/accounts/{account}/tokens                | 403
			anonymous      | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 302
			teacher        | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			school.dsl     | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			manager        | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			front.door     | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			social.worker  | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			health.visitor | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			police.officer | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			analyst        | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			auditor        | POST   | /admin/accounts/{account}/tokens/{token}/revoke | 403
			anonymous      | GET    | /admin/systems/new                              | 302
			admin          | GET    | /admin/systems/new                              | 200
			teacher        | GET    | /admin/systems/new                              | 403
			school.dsl     | GET    | /admin/systems/new                              | 403
			manager        | GET    | /admin/systems/new                              | 403
			front.door     | GET    | /admin/systems/new                              | 403
			social.worker  | GET    | /admin/systems/new                              | 403
			health.visitor | GET    | /admin/systems/new                              | 403
			police.officer | GET    | /admin/systems/new                              | 403
			analyst        | GET    | /admin/systems/new                              | 403
			auditor        | GET    | /admin/systems/new                              | 403
			anonymous      | POST   | /admin/systems/new                              | 302
			teacher        | POST   | /admin/systems/new                              | 403
			school.dsl     | POST   | /admin/systems/new                              | 403
			manager        | POST   | /admin/systems/new                              | 403
			front.door     | POST   | /admin/systems/new                              | 403
			social.worker  | POST   | /admin/systems/new                              | 403
			health.visitor | POST   | /admin/systems/new                              | 403
			police.officer | POST   | /admin/systems/new                              | 403
			analyst        | POST   | /admin/systems/new                              | 403
			auditor        | POST   | /admin/systems/new                              | 403
			anonymous      | GET    | /admin/tools                                    | 302
			admin          | GET    | /admin/tools                                    | 200
			teacher        | GET    | /admin/tools                                    | 403
			school.dsl     | GET    | /admin/tools                                    | 403
			manager        | GET    | /admin/tools                                    | 403
			front.door     | GET    | /admin/tools                                    | 403
			social.worker  | GET    | /admin/tools                                    | 403
			health.visitor | GET    | /admin/tools                                    | 403
			police.officer | GET    | /admin/tools                                    | 403
			analyst        | GET    | /admin/tools                                    | 403
			auditor        | GET    | /admin/tools                                    | 403
			anonymous      | GET    | /admin/tools/upload                             | 302
			admin          | GET    | /admin/tools/upload                             | 200
			teacher        | GET    | /admin/tools/upload                             | 403
			school.dsl     | GET    | /admin/tools/upload                             | 403
			manager        | GET    | /admin/tools/upload                             | 403
			front.door     | GET    | /admin/tools/upload                             | 403
			social.worker  | GET    | /admin/tools/upload                             | 403
			health.visitor | GET    | /admin/tools/upload                             | 403
			police.officer | GET    | /admin/tools/upload                             | 403
			analyst        | GET    | /admin/tools/upload                             | 403
			auditor        | GET    | /admin/tools/upload                             | 403
			anonymous      | POST   | /admin/tools/upload                             | 302
			admin          | POST   | /admin/tools/upload                             | 200
			teacher        | POST   | /admin/tools/upload                             | 403
			school.dsl     | POST   | /admin/tools/upload                             | 403
			manager        | POST   | /admin/tools/upload                             | 403
			front.door     | POST   | /admin/tools/upload                             | 403
			social.worker  | POST   | /admin/tools/upload                             | 403
			health.visitor | POST   | /admin/tools/upload                             | 403
			police.officer | POST   | /admin/tools/upload                             | 403
			analyst        | POST   | /admin/tools/upload                             | 403
			auditor        | POST   | /admin/tools/upload                             | 403
			anonymous      | GET    | /admin/tools/{tool}/accreditations              | 302
			admin          | GET    | /admin/tools/{tool}/accreditations              | 200
			teacher        | GET    | /admin/tools/{tool}/accreditations              | 403
			school.dsl     | GET    | /admin/tools/{tool}/accreditations              | 403
			manager        | GET    | /admin/tools/{tool}/accreditations              | 403
			front.door     | GET    | /admin/tools/{tool}/accreditations              | 403
			social.worker  | GET    | /admin/tools/{tool}/accreditations              | 403
			health.visitor | GET    | /admin/tools/{tool}/accreditations              | 403
			police.officer | GET    | /admin/tools/{tool}/accreditations              | 403
			analyst        | GET    | /admin/tools/{tool}/accreditations              | 403
			auditor        | GET    | /admin/tools/{tool}/accreditations              | 403
			anonymous      | POST   | /admin/tools/{tool}/accreditations              | 302
			admin          | POST   | /admin/tools/{tool}/accreditations              | 200
			teacher        | POST   | /admin/tools/{tool}/accreditations              | 403
			school.dsl     | POST   | /admin/tools/{tool}/accreditations              | 403
			manager        | POST   | /admin/tools/{tool}/accreditations              | 403
			front.door     | POST   | /admin/tools/{tool}/accreditations              | 403
			social.worker  | POST   | /admin/tools/{tool}/accreditations              | 403
			health.visitor | POST   | /admin/tools/{tool}/accreditations              | 403
			police.officer | POST   | /admin/tools/{tool}/accreditations              | 403
			analyst        | POST   | /admin/tools/{tool}/accreditations              | 403
			auditor        | POST   | /admin/tools/{tool}/accreditations              | 403
			anonymous      | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 302
			teacher        | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			school.dsl     | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			manager        | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			front.door     | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			social.worker  | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			health.visitor | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			police.officer | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			analyst        | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			auditor        | POST   | /admin/tools/{tool}/accreditations/{practitioner}/remove | 403
			admin          | GET    | /admin/tools/no-such-tool/accreditations        | 404
			anonymous      | GET    | /api/v1/tools                                   | 401
			teacher        | GET    | /api/v1/tools                                   | 200
			school.dsl     | GET    | /api/v1/tools                                   | 200
			manager        | GET    | /api/v1/tools                                   | 200
			front.door     | GET    | /api/v1/tools                                   | 200
			social.worker  | GET    | /api/v1/tools                                   | 200
			health.visitor | GET    | /api/v1/tools                                   | 200
			police.officer | GET    | /api/v1/tools                                   | 200
			analyst        | GET    | /api/v1/tools                                   | 200
			auditor        | GET    | /api/v1/tools                                   | 200
			admin          | GET    | /api/v1/tools                                   | 200
			anonymous      | GET    | /api/v1/tools/{tool}/versions/1                 | 401
			teacher        | GET    | /api/v1/tools/{tool}/versions/1                 | 200
			analyst        | GET    | /api/v1/tools/{tool}/versions/1                 | 200
			admin          | GET    | /api/v1/tools/{tool}/versions/1                 | 200
			teacher        | GET    | /api/v1/tools/{tool}/versions/99                | 404
			teacher        | GET    | /api/v1/tools/no-such-tool/versions/1           | 404

			anonymous      | GET    | /family/sign-in                                 | 200
			teacher        | GET    | /family/sign-in                                 | 200
			anonymous      | GET    | /family/sign-in/email                           | 200
			anonymous      | GET    | /family                                         | 302
			teacher        | GET    | /family                                         | 403
			school.dsl     | GET    | /family                                         | 403
			manager        | GET    | /family                                         | 403
			analyst        | GET    | /family                                         | 403
			auditor        | GET    | /family                                         | 403
			admin          | GET    | /family                                         | 403
			anonymous      | GET    | /family/children/{school}                       | 302
			teacher        | GET    | /family/children/{school}                       | 403
			school.dsl     | GET    | /family/children/{school}                       | 403
			anonymous      | GET    | /family/children/{school}/feedback              | 302
			teacher        | GET    | /family/children/{school}/feedback              | 403
			anonymous      | POST   | /family/children/{school}/feedback              | 302
			teacher        | POST   | /family/children/{school}/feedback              | 403
			anonymous      | GET    | /children/{school}/family-access/new            | 302
			school.dsl     | GET    | /children/{school}/family-access/new            | 200
			teacher        | GET    | /children/{school}/family-access/new            | 403
			police.officer | GET    | /children/{school}/family-access/new            | 404
			manager        | GET    | /children/{school}/family-access/new            | 404
			analyst        | GET    | /children/{school}/family-access/new            | 403
			auditor        | GET    | /children/{school}/family-access/new            | 403
			admin          | GET    | /children/{school}/family-access/new            | 403
			manager        | GET    | /children/{social-care}/family-access/new       | 200
			front.door     | GET    | /children/{social-care}/family-access/new       | 403
			anonymous      | POST   | /children/{school}/family-access/new            | 302
			police.officer | POST   | /children/{school}/family-access/new            | 404
			teacher        | POST   | /children/{school}/family-access/new            | 403
			anonymous      | GET    | /api/v1/children/{school}/family-members        | 401
			teacher        | GET    | /api/v1/children/{school}/family-members        | 200
			school.dsl     | GET    | /api/v1/children/{school}/family-members        | 200
			police.officer | GET    | /api/v1/children/{school}/family-members        | 404
			analyst        | GET    | /api/v1/children/{school}/family-members        | 403
			anonymous      | POST   | /api/v1/children/{school}/family-members        | 401
			analyst        | POST   | /api/v1/children/{school}/family-members        | 403
			anonymous      | DELETE | /api/v1/family-members/{unknown}                | 401
			teacher        | DELETE | /api/v1/family-members/{unknown}                | 404
			analyst        | DELETE | /api/v1/family-members/{unknown}                | 403
			auditor        | DELETE | /api/v1/family-members/{unknown}                | 403
			""")
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
