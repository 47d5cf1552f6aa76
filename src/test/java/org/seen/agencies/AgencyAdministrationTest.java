package org.seen.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's screens for agencies, teams and practitioners: what a bad form says, that
 * a refused form saves nothing, that a stale change is refused, and that every change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AgencyAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(accounts.loadUserByUsername("admin")));
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private UUID agency(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(UUID.class).single();
	}

	private UUID team(String name) {
		return jdbc.sql("select id from team where name = ?").param(name).query(UUID.class).single();
	}

	private int auditEntries(String recordType) {
		return count("select count(*) from audit_entry where record_type = ? and username = 'admin'", recordType);
	}

	@Test
	void the_pages_list_agencies_with_their_teams_and_practitioners() throws Exception {
		mvc.perform(asAdmin(get("/admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/agencies\"")))
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")));
		mvc.perform(asAdmin(get("/admin/agencies")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Northbrook Primary School")))
			.andExpect(content().string(containsString("Children&#39;s social care")));
		mvc.perform(asAdmin(get("/admin/agencies/" + agency("CSC"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Front Door")))
			.andExpect(content().string(containsString("Priya Vance")));
		mvc.perform(asAdmin(get("/admin/agencies/" + UUID.randomUUID()))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(get("/admin/agencies/not-an-id"))).andExpect(status().isNotFound());
	}

	@Test
	void an_agency_with_blank_or_bad_fields_is_refused_and_nothing_is_saved() throws Exception {
		int agencies = count("select count(*) from agency");
		int audited = auditEntries("AGENCY");
		mvc.perform(asAdmin(post("/admin/agencies/new").param("code", "").param("name", " ").param("kind", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a code for the agency")))
			.andExpect(content().string(containsString("Enter the agency&#39;s name")))
			.andExpect(content().string(containsString("Select what kind of agency it is")))
			.andExpect(content().string(containsString("<title>Error: Add an agency")));
		mvc.perform(asAdmin(post("/admin/agencies/new").param("code", "no spaces!")
			.param("name", "Westgate Nursery")
			.param("kind", "NOT_A_KIND")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The code must be 1 to 16 letters")))
			.andExpect(content().string(containsString("Select what kind of agency it is")))
			.andExpect(content().string(containsString("value=\"Westgate Nursery\"")));
		assertThat(count("select count(*) from agency")).isEqualTo(agencies);
		assertThat(auditEntries("AGENCY")).isEqualTo(audited);
	}

	@Test
	void an_agency_code_already_taken_is_refused_whatever_its_case() throws Exception {
		int agencies = count("select count(*) from agency");
		mvc.perform(asAdmin(post("/admin/agencies/new").param("code", "sch1")
			.param("name", "Another school")
			.param("kind", "SCHOOL")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An agency with the code SCH1 already exists")));
		assertThat(count("select count(*) from agency")).isEqualTo(agencies);
	}

	@Test
	void an_agency_is_added_with_its_code_in_capitals_and_audited() throws Exception {
		int audited = auditEntries("AGENCY");
		MvcResult result = mvc.perform(asAdmin(post("/admin/agencies/new").param("code", " wgn-1 ")
			.param("name", " Westgate Nursery ")
			.param("kind", "EARLY_YEARS"))).andExpect(status().is3xxRedirection()).andReturn();
		UUID id = agency("WGN-1");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/agencies/" + id + "?added");
		assertThat(jdbc.sql("select name || '/' || kind from agency where id = ?").param(id).query(String.class).single())
			.isEqualTo("Westgate Nursery/EARLY_YEARS");
		assertThat(auditEntries("AGENCY")).isEqualTo(audited + 1);
		assertThat(count("select count(*) from audit_entry where record_type = 'AGENCY' and record_id = ?"
				+ " and action = 'CREATE' and child_id is null", id)).isEqualTo(1);
		mvc.perform(asAdmin(get("/admin/agencies/" + id + "?added")))
			.andExpect(content().string(containsString("Agency added")));
	}

	@Test
	void a_team_needs_a_name_the_agency_does_not_have_yet() throws Exception {
		UUID csc = agency("CSC");
		int teams = count("select count(*) from team");
		mvc.perform(asAdmin(post("/admin/agencies/" + csc + "/teams/new").param("name", "  ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the team&#39;s name")));
		mvc.perform(asAdmin(post("/admin/agencies/" + csc + "/teams/new").param("name", "front door")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has a team with that name")));
		assertThat(count("select count(*) from team")).isEqualTo(teams);

		int audited = auditEntries("TEAM");
		mvc.perform(asAdmin(post("/admin/agencies/" + csc + "/teams/new").param("name", "Disabled Children's Team")))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from team where agency_id = ? and name = 'Disabled Children''s Team'", csc))
			.isEqualTo(1);
		assertThat(auditEntries("TEAM")).isEqualTo(audited + 1);
	}

	@Test
	void a_practitioner_with_bad_fields_is_refused_and_nothing_is_saved() throws Exception {
		int practitioners = count("select count(*) from practitioner");
		mvc.perform(asAdmin(post("/admin/practitioners/new").param("agency", "")
			.param("givenName", "")
			.param("familyName", "")
			.param("jobTitle", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the practitioner&#39;s agency")))
			.andExpect(content().string(containsString("Enter the practitioner&#39;s first name")))
			.andExpect(content().string(containsString("Enter the practitioner&#39;s last name")))
			.andExpect(content().string(containsString("Enter the practitioner&#39;s job title")));
		// a team of another agency, and an email without a domain
		mvc.perform(asAdmin(post("/admin/practitioners/new").param("agency", agency("SCH1").toString())
			.param("team", team("Front Door").toString())
			.param("givenName", "Rosa")
			.param("familyName", "Thwaite")
			.param("jobTitle", "Teaching assistant")
			.param("email", "rosa.thwaite")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a team of the practitioner&#39;s agency")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("value=\"Rosa\"")));
		assertThat(count("select count(*) from practitioner")).isEqualTo(practitioners);
	}

	@Test
	void a_practitioner_is_added_then_changed_and_a_stale_change_is_refused_without_overwriting() throws Exception {
		UUID csc = agency("CSC");
		int audited = auditEntries("PRACTITIONER");
		mvc.perform(asAdmin(post("/admin/practitioners/new").param("agency", csc.toString())
			.param("team", team("Assessment Team").toString())
			.param("givenName", "Yusuf")
			.param("familyName", "Abernethy")
			.param("jobTitle", "Social worker")
			.param("email", " yusuf.abernethy@northbrook.example ")
			.param("version", "0"))).andExpect(status().is3xxRedirection());
		UUID id = jdbc.sql("select id from practitioner where family_name = 'Abernethy'").query(UUID.class).single();
		assertThat(jdbc.sql("select email from practitioner where id = ?").param(id).query(String.class).single())
			.isEqualTo("yusuf.abernethy@northbrook.example");
		mvc.perform(asAdmin(get("/admin/practitioners/" + id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"yusuf.abernethy@northbrook.example\"")));

		// two administrators open the form at version 0; the first saves
		mvc.perform(asAdmin(post("/admin/practitioners/" + id).param("agency", csc.toString())
			.param("team", team("Front Door").toString())
			.param("givenName", "Yusuf")
			.param("familyName", "Abernethy")
			.param("jobTitle", "Senior social worker")
			.param("email", "yusuf.abernethy@northbrook.example")
			.param("version", "0"))).andExpect(status().is3xxRedirection());
		// the second's change is refused and the first's is kept
		mvc.perform(asAdmin(post("/admin/practitioners/" + id).param("agency", csc.toString())
			.param("team", "")
			.param("givenName", "Yusef")
			.param("familyName", "Abernethy")
			.param("jobTitle", "Social worker")
			.param("email", "")
			.param("version", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed by someone else while you were editing")))
			.andExpect(content().string(containsString("value=\"Senior social worker\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(jdbc.sql("select given_name || '/' || job_title || '/' || version from practitioner where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Yusuf/Senior social worker/1");
		assertThat(count("select count(*) from practitioner where id = ? and team_id = ?", id, team("Front Door")))
			.isEqualTo(1);
		assertThat(auditEntries("PRACTITIONER")).isEqualTo(audited + 2);
		assertThat(jdbc.sql("select detail from audit_entry where record_id = ? and action = 'CHANGE'")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("changed: team, job title");
	}

	@Test
	void accreditation_is_left_to_the_assessment_tools_and_not_typed_on_the_practitioner() throws Exception {
		UUID csc = agency("CSC");
		mvc.perform(asAdmin(get("/admin/practitioners/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/admin/tools\">Assessment tools</a>")))
			.andExpect(content().string(not(containsString("name=\"tools\""))));
		mvc.perform(asAdmin(get("/admin/agencies/" + csc)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Accredited tools"))));
		assertThat(count("select count(*) from information_schema.columns where table_name = 'practitioner'"
				+ " and column_name = 'accredited_tools'")).isZero();
	}
}
