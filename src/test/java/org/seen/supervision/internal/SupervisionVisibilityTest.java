package org.seen.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seen.DemoActors;
import org.seen.access.AccountRegistry;
import org.seen.access.Actor;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.access.TestChildren;
import org.seen.agencies.Practitioners;
import org.seen.web.InvalidInput;
import org.seen.worklist.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A supervision note is read by the worker who wrote it, the manager who supervised it and
 * auditors, and by no one else: not a colleague in the same team, not another manager, not a DSL
 * or anyone else working with the child. Each of those is answered 404 and audited as denied.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionVisibilityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Practitioners practitioners;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	SupervisionNotes notes;

	@Autowired
	SupervisionWork work;

	DemoActors actors;

	UUID child;

	UUID note;

	static final String STUCK = "Every plan we make is agreed and nothing changes for the child";

	@BeforeAll
	void aNote() {
		actors = new DemoActors(jdbc, practitioners);
		// a colleague in the social worker's own team, and a second manager in the same agency
		extraAccount("sv.colleague", Role.SOCIAL_WORKER, "Assessment Team");
		extraAccount("sv.manager2", Role.MANAGER, "Front Door");
		TestChildren make = new TestChildren(jdbc);
		TestChildren.Child c = make.create("Supervised");
		make.involve(c, "social.worker", "INVOLVED");
		make.involve(c, "teacher", "INVOLVED");
		child = c.id();
		note = notes.record(actor("social.worker"), child, entry(LocalDate.now().minusDays(1), "manager", STUCK,
				LocalDate.now().plusDays(10))).id();
	}

	private void extraAccount(String username, Role role, String team) {
		if (jdbc.sql("select count(*) from account where username = ?").param(username).query(Integer.class).single() > 0) {
			return;
		}
		UUID practitioner = UUID.randomUUID();
		jdbc.sql("""
				insert into practitioner (id, agency_id, team_id, given_name, family_name, job_title)
				select ?, t.agency_id, t.id, 'Test', ?, 'Social worker' from team t where t.name = ?""")
			.params(practitioner, username, team)
			.update();
		UUID agency = jdbc.sql("select agency_id from practitioner where id = ?").param(practitioner).query(UUID.class).single();
		accounts.create(new AccountRegistry.NewAccount(username, "Test " + username, role, practitioner, agency, null, true));
	}

	private Actor actor(String username) {
		return actors.actor(username);
	}

	private org.seen.access.internal.SeenUser seen(String username) {
		return new org.seen.access.internal.SeenUser(actor(username), "", true, true);
	}

	private UUID practitioner(String username) {
		return jdbc.sql("select practitioner_id from account where username = ?").param(username).query(UUID.class).single();
	}

	private NoteEntry entry(LocalDate held, String supervisor, String stuck, LocalDate next) {
		return new NoteEntry(held, supervisor == null ? null : practitioner(supervisor), stuck,
				"Attendance 71%, two missed health appointments", "Hungry most mornings; looks after a younger brother",
				"Bring the plan's review forward; speak to the child alone", "Social worker to see the child at school",
				next);
	}

	@ParameterizedTest(name = "{0} reads the note: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			social.worker  | true
			manager        | true
			auditor        | true
			sv.colleague   | false
			sv.manager2    | false
			front.door     | false
			school.dsl     | false
			teacher        | false
			police.officer | false
			analyst        | false
			admin          | false
			""")
	void only_the_worker_their_supervisor_and_auditors_read_a_note(String username, boolean reads) throws Exception {
		int denied = denials(username);
		if (reads) {
			assertThat(notes.read(actor(username), note).stuck()).isEqualTo(STUCK);
		}
		else {
			assertThatThrownBy(() -> notes.read(actor(username), note)).isInstanceOf(RecordNotFound.class);
			assertThat(denials(username)).isEqualTo(denied + 1);
		}
	}

	@Test
	void every_read_is_audited_through_the_child_or_as_an_auditor() {
		notes.read(actor("manager"), note);
		notes.read(actor("auditor"), note);
		assertThat(jdbc.sql("""
				select username from audit_entry where record_id = ? and action = 'VIEW' and record_type = 'SUPERVISION_NOTE'""")
			.param(note)
			.query(String.class)
			.list()).contains("manager", "auditor");
	}

	@ParameterizedTest(name = "{0} on the pages: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			social.worker  | 200
			manager        | 200
			auditor        | 200
			sv.colleague   | 404
			sv.manager2    | 404
			front.door     | 404
			school.dsl     | 404
			""")
	void the_note_page_and_api_answer_the_same(String username, int status) throws Exception {
		mvc.perform(get("/supervision/notes/{id}", note).with(user(seen(username)))).andExpect(status().is(status));
	}

	@Test
	void others_see_nothing_of_it_on_the_child_or_in_their_lists_not_even_a_count() throws Exception {
		for (String other : List.of("sv.colleague", "sv.manager2", "front.door", "school.dsl", "teacher")) {
			mvc.perform(get("/children/{id}", child).with(user(seen(other))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Your supervision for this child")))
				.andExpect(content().string(not(containsString("Last supervision"))));
			mvc.perform(get("/children/{id}/supervision", child).with(user(seen(other))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("You have no supervision notes for this child")));
			assertThat(notes.mine(actor(other)).notes()).noneMatch(n -> n.id().equals(note));
			assertThat(work.workFor(actor(other))).noneMatch(i -> i.childId().equals(child));
		}
		mvc.perform(get("/children/{id}", child).with(user(seen("manager"))))
			.andExpect(content().string(containsString("Last supervision")));
		mvc.perform(get("/supervision").with(user(seen("social.worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Supervised Testchild")));
	}

	@Test
	void the_next_supervision_is_in_the_worklists_of_the_worker_and_the_supervisor() {
		for (String username : List.of("social.worker", "manager")) {
			assertThat(work.workFor(actor(username)))
				.filteredOn(i -> i.childId().equals(child) && i.kind().equals("Supervision due"))
				.singleElement()
				.satisfies(i -> assertThat(i.urgency()).isEqualTo(WorkItem.Urgency.DUE_SOON));
		}
	}

	@Test
	void a_note_without_its_reflection_or_a_proper_supervisor_is_refused_and_nothing_stored() {
		int before = count();
		assertThatThrownBy(() -> notes.record(actor("social.worker"), child,
				new NoteEntry(null, null, " ", null, "", "", null, null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).problems()).extracting(p -> p.field())
				.containsExactly("heldOn", "supervisor", "stuck", "livedExperience", "decisions"));
		assertThatThrownBy(() -> notes.record(actor("social.worker"), child,
				entry(LocalDate.now().plusDays(3), "manager", STUCK, null)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("today or in the past");
		assertThatThrownBy(() -> notes.record(actor("social.worker"), child,
				entry(LocalDate.now(), "manager", STUCK, LocalDate.now().minusDays(1))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("nextOn"));
		// not a manager
		assertThatThrownBy(() -> notes.record(actor("social.worker"), child, entry(LocalDate.now(), "front.door", STUCK, null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("supervisor"));
		// a manager whose agency does not work with the child
		UUID other = new TestChildren(jdbc).involve(new TestChildren(jdbc).create("Elsewhere"), "teacher", "INVOLVED").id();
		assertThatThrownBy(() -> notes.record(actor("teacher"), other, entry(LocalDate.now(), "manager", STUCK, null)))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("Select a manager whose agency works with this child");
		// and nobody records one on a child they cannot see
		assertThatThrownBy(() -> notes.record(actor("police.officer"), child, entry(LocalDate.now(), "manager", STUCK, null)))
			.isInstanceOf(RecordNotFound.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void the_form_offers_only_managers_who_may_see_the_child() throws Exception {
		// social care works with the child: its managers are offered, never the worker themself
		assertThat(notes.supervisors(actor("social.worker"), child)).extracting(Supervisor::practitionerId)
			.contains(practitioner("manager"), practitioner("sv.manager2"));
		assertThat(notes.supervisors(actor("manager"), child)).extracting(Supervisor::practitionerId)
			.doesNotContain(practitioner("manager"));
		// only the school works with this one: no manager of social care may supervise it
		TestChildren make = new TestChildren(jdbc);
		UUID schoolOnly = make.involve(make.create("Offered"), "teacher", "INVOLVED").id();
		List<Supervisor> offered = notes.supervisors(actor("teacher"), schoolOnly);
		assertThat(offered).extracting(Supervisor::practitionerId)
			.doesNotContain(practitioner("manager"), practitioner("sv.manager2"));
		assertThat(offered).allSatisfy(s -> assertThat(s.agencyName()).isEqualTo("Northbrook Primary School"));
		mvc.perform(get("/children/{id}/supervision/new", schoolOnly).with(user(seen("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(practitioner("manager").toString()))));
	}

	@Test
	void asking_for_supervision_reaches_the_supervisor_once_and_the_next_note_closes_it() {
		TestChildren make = new TestChildren(jdbc);
		UUID stuck = make.involve(make.create("Stuck"), "social.worker", "INVOLVED").id();
		assertThatThrownBy(() -> notes.flagStuck(actor("social.worker"), stuck, null, ""))
			.isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).problems()).extracting(p -> p.field())
				.containsExactly("supervisor", "reason"));
		notes.flagStuck(actor("social.worker"), stuck, practitioner("manager"), "Mother agrees to everything and nothing changes");
		assertThat(work.workFor(actor("manager")))
			.anyMatch(i -> i.childId().equals(stuck) && i.kind().equals("Supervision asked for"));
		assertThatThrownBy(() -> notes.flagStuck(actor("social.worker"), stuck, practitioner("manager"), "Again"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("already asked");
		notes.record(actor("social.worker"), stuck, entry(LocalDate.now(), "manager", STUCK, null));
		assertThat(work.workFor(actor("manager")))
			.noneMatch(i -> i.childId().equals(stuck) && i.kind().equals("Supervision asked for"));
	}

	@Test
	void the_form_comes_back_with_what_was_typed() throws Exception {
		mvc.perform(post("/children/{id}/supervision/new", child).with(user(seen("social.worker")))
			.with(csrf())
			.param("heldOnDay", "31")
			.param("heldOnMonth", "2")
			.param("heldOnYear", "2026")
			.param("stuck", "Going round in circles"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Date of the supervision must be a real date")))
			.andExpect(content().string(containsString("Select the manager who supervised you")))
			.andExpect(content().string(containsString("Going round in circles")));
		LocalDate today = LocalDate.now();
		mvc.perform(post("/children/{id}/supervision/new", child).with(user(seen("social.worker")))
			.with(csrf())
			.param("heldOnDay", String.valueOf(today.getDayOfMonth()))
			.param("heldOnMonth", String.valueOf(today.getMonthValue()))
			.param("heldOnYear", String.valueOf(today.getYear()))
			.param("supervisor", practitioner("manager").toString())
			.param("stuck", "Going round in circles")
			.param("livedExperience", "Cold house, no breakfast")
			.param("decisions", "Ask for a strategy discussion"))
			.andExpect(redirectedUrlPattern("/supervision/notes/*"));
	}

	@Test
	void the_api_records_a_note_and_refuses_one_without_decisions() throws Exception {
		mvc.perform(post("/api/v1/children/{id}/supervision-notes", child).header("Authorization", "Bearer demo-social.worker")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn": "%s", "supervisorId": "%s", "stuck": "Circles", "livedExperience": "Cold house"}"""
				.formatted(LocalDate.now(), practitioner("manager"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decisions"));
		mvc.perform(post("/api/v1/children/{id}/supervision-notes", child).header("Authorization", "Bearer demo-social.worker")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn": "%s", "supervisorId": "%s", "stuck": "Circles", "livedExperience": "Cold house",
					 "decisions": "Strategy discussion"}""".formatted(LocalDate.now(), practitioner("manager"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.supervisorName").value("Ruth Dunmore"));
		mvc.perform(get("/api/v1/supervision-notes/{id}", note).header("Authorization", "Bearer demo-front.door"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision-notes/{id}", note).header("Authorization", "Bearer demo-auditor"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stuck").value(STUCK));
	}

	private int denials(String username) {
		return jdbc.sql("select count(*) from audit_entry where username = ? and action = 'DENIED' and record_id = ?")
			.params(username, note)
			.query(Integer.class)
			.single();
	}

	private int count() {
		return jdbc.sql("select count(*) from supervision_note").query(Integer.class).single();
	}
}
