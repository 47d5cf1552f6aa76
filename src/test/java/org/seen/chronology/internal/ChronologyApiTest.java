package org.seen.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(Fixtures.class)
class ChronologyApiTest {

	static final String TEACHER = "Bearer demo-teacher";

	static final String SCHOOL_SYSTEM = "Bearer demo-system.northbrook-primary";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	static final String HEADER = "child_nhs_number,agency_reference,date,time,type,summary,detail,significance,attendance_percent\n";

	@Test
	void posted_event_is_answered_with_the_agreed_json_names() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		mvc.perform(post("/api/v1/children/{id}/events", child.id()).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date":"%s","type":"SCHOOL_ATTENDANCE","summary":"Autumn term","significance":"MEDIUM",
					 "attendancePercent":"84.5","agencyReference":"API-1-%s"}""".formatted(LocalDate.now(), child.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.date").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.type").value("SCHOOL_ATTENDANCE"))
			.andExpect(jsonPath("$.summary").value("Autumn term"))
			.andExpect(jsonPath("$.detail").hasJsonPath())
			.andExpect(jsonPath("$.significance").value("MEDIUM"))
			.andExpect(jsonPath("$.agencyReference").value("API-1-" + child.id()));
		mvc.perform(get("/api/v1/children/{id}/events", child.id()).header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		// 84.5% is under 90%: the alert carries the event behind it
		mvc.perform(get("/api/v1/children/{id}/alerts", child.id()).header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("SCHOOL_ABSENCE"))
			.andExpect(jsonPath("$[0].raisedAt").exists())
			.andExpect(jsonPath("$[0].events", hasSize(1)))
			.andExpect(jsonPath("$[0].acknowledged").value(false));
	}

	@Test
	void invalid_fields_answer_400_problem_naming_each_field() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		mvc.perform(post("/api/v1/children/{id}/events", child.id()).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2025-02-30\",\"type\":\"GOSSIP\",\"summary\":\"\",\"significance\":\"LOW\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("date")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("type")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
	}

	@Test
	void a_reference_already_used_by_the_agency_answers_422_naming_the_field() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		String body = "{\"date\":\"%s\",\"type\":\"CONCERN\",\"summary\":\"Hungry\",\"significance\":\"LOW\",\"agencyReference\":\"DUP-%s\"}"
			.formatted(LocalDate.now(), child.id());
		mvc.perform(post("/api/v1/children/{id}/events", child.id()).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/children/{id}/events", child.id()).header("Authorization", TEACHER)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agencyReference"));
	}

	@Test
	void a_child_the_caller_may_not_see_answers_404_like_a_missing_one_and_is_audited() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "health.visitor");
		mvc.perform(get("/api/v1/children/{id}/events", child.id()).header("Authorization", TEACHER))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/children/{id}/alerts", java.util.UUID.randomUUID()).header("Authorization", TEACHER))
			.andExpect(status().isNotFound());
		assertThat(fixtures.audits(child.id(), "DENIED")).isEqualTo(1);
	}

	@Test
	void roles_outside_casework_are_forbidden() throws Exception {
		mvc.perform(get("/api/v1/children/{id}/events", java.util.UUID.randomUUID()).header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_import_is_idempotent_on_the_agency_reference() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		String csv = HEADER + child.nhsNumber() + ",IMP-A-" + child.id() + "," + LocalDate.now() + ",08:50,CONCERN,Arrived hungry,\"No breakfast, again\",MEDIUM,\n"
				+ child.nhsNumber() + ",IMP-B-" + child.id() + "," + LocalDate.now() + ",,SCHOOL_ATTENDANCE,Summer term,,LOW,96\n";
		mvc.perform(post("/api/v1/chronology/imports").header("Authorization", SCHOOL_SYSTEM)
			.contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.unchanged").value(0));
		mvc.perform(post("/api/v1/chronology/imports").header("Authorization", SCHOOL_SYSTEM)
			.contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(events(child)).isEqualTo(2);
	}

	@Test
	void an_import_with_any_bad_line_imports_nothing_and_names_every_bad_line() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "teacher");
		String today = LocalDate.now().toString();
		String csv = HEADER
				+ child.nhsNumber() + ",OK-1-" + child.id() + "," + today + ",,CONCERN,Fine line,,LOW,\n"          // line 2: good
				+ child.nhsNumber() + ",BAD-2-" + child.id() + ",2025-13-01,,CONCERN,Bad date,,LOW,\n"            // line 3
				+ child.nhsNumber() + ",BAD-3-" + child.id() + "," + today + ",,GOSSIP,Unknown type,,LOW,\n"      // line 4
				+ "0000000000,BAD-4-" + child.id() + "," + today + ",,CONCERN,Unknown child,,LOW,\n"             // line 5
				+ child.nhsNumber() + ",OK-1-" + child.id() + "," + today + ",,CONCERN,Duplicate ref,,LOW,\n"     // line 6
				+ child.nhsNumber() + ",BAD-6-" + child.id() + "," + today + ",,SCHOOL_ATTENDANCE,No percent,,LOW,\n"; // line 7
		mvc.perform(post("/api/v1/chronology/imports").header("Authorization", SCHOOL_SYSTEM)
			.contentType("text/csv").content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].field").value("type"))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[2].field").value("child_nhs_number"))
			.andExpect(jsonPath("$.errors[3].line").value(6))
			.andExpect(jsonPath("$.errors[3].message").value(org.hamcrest.Matchers.containsString("line 2")))
			.andExpect(jsonPath("$.errors[4].line").value(7))
			.andExpect(jsonPath("$.errors[4].field").value("attendance_percent"));
		assertThat(events(child)).isZero();
	}

	@Test
	void an_import_missing_a_column_is_rejected_against_the_header() throws Exception {
		mvc.perform(post("/api/v1/chronology/imports").header("Authorization", SCHOOL_SYSTEM)
			.contentType("text/csv").content("child_upn,date,type,summary,significance\nA123,2025-01-01,CONCERN,x,LOW\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("agency_reference"));
	}

	@Test
	void an_import_naming_a_child_the_agency_does_not_work_with_is_refused_and_audited() throws Exception {
		var child = fixtures.child();
		fixtures.involve(child, "health.visitor");
		String csv = HEADER + child.nhsNumber() + ",HIDDEN-" + child.id() + "," + LocalDate.now() + ",,CONCERN,x,,LOW,\n";
		mvc.perform(post("/api/v1/chronology/imports").header("Authorization", SCHOOL_SYSTEM)
			.contentType("text/csv").content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("No child your agency works with")));
		assertThat(fixtures.audits(child.id(), "DENIED")).isEqualTo(1);
		assertThat(events(child)).isZero();
	}

	private int events(Fixtures.Child child) {
		return jdbc.sql("select count(*) from chronology_event where child_id = ?").param(child.id()).query(Integer.class).single();
	}
}
