package org.seen.assessment.internal.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.assessment.Tool;
import org.seen.assessment.Tools;
import org.seen.assessment.internal.tools.ToolLibrary.Upload;
import org.seen.assessment.internal.tools.ToolVersions.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The library against PostgreSQL: uploads, every version kept, conflicts refused, what stops
 * start-up, what another node stored, and accreditation. Each test names its tools afresh, as
 * the tests share one database.
 */
@SpringBootTest
@ActiveProfiles("test")
class ToolLibraryTest {

	@Autowired
	ToolLibrary library;

	@Autowired
	Tools tools;

	@Autowired
	ToolVersions versions;

	@Autowired
	Accreditations accreditations;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	static final String OPEN = ToolDefinitionReaderTest.resource("open-tool-v1.yaml");

	static final String RESTRICTED = ToolDefinitionReaderTest.resource("restricted-tool-v1.yaml");

	/** The open test tool under a new id, so no other test has loaded it. */
	static String open(String id, int version, String title) {
		return OPEN.replace("tool: test-open-tool\n", "tool: " + id + "\n")
			.replace("version: 1\n", "version: " + version + "\n")
			.replace("title: Test Care Profile\n", "title: " + title + "\n");
	}

	static String fresh(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Actor admin() {
		return actors.actor("admin");
	}

	private int rows(String toolId) {
		return jdbc.sql("select count(*) from assessment_tool_version where tool_id = ?").param(toolId).query(Integer.class).single();
	}

	private int audited(String recordType, String action) {
		return jdbc.sql("select count(*) from audit_entry where record_type = ? and action = ?")
			.params(recordType, action)
			.query(Integer.class)
			.single();
	}

	private UUID practitioner(String username) {
		return jdbc.sql("select practitioner_id from account where username = ?").param(username).query(UUID.class).single();
	}

	@Test
	void an_upload_is_stored_audited_and_becomes_current() {
		String id = fresh("family-care");
		int audits = audited(ToolLibrary.RECORD, "CREATE");
		Upload outcome = library.upload(admin(), "family-care-v1.yaml", open(id, 1, "Family Care"));
		assertThat(outcome).isInstanceOf(Upload.Stored.class);
		assertThat(tools.find(id, 1)).map(Tool::title).hasValue("Family Care");
		assertThat(tools.current()).extracting(Tool::key).contains(id + " v1");
		assertThat(audited(ToolLibrary.RECORD, "CREATE")).isEqualTo(audits + 1);
		ToolVersions.StoredVersion stored = versions.find(id, 1).orElseThrow();
		assertThat(stored.source()).isEqualTo(Source.UPLOADED);
		assertThat(stored.loadedBy()).isEqualTo("admin");
		assertThat(stored.fileName()).isEqualTo("family-care-v1.yaml");
	}

	@Test
	void every_version_stays_readable_and_current_is_the_highest() {
		String id = fresh("care-profile");
		library.upload(admin(), "v2.yaml", open(id, 2, "Care Profile two"));
		library.upload(admin(), "v1.yaml", open(id, 1, "Care Profile one"));
		library.upload(admin(), "v3.yaml", open(id, 3, "Care Profile three"));
		assertThat(tools.find(id, 1)).map(Tool::title).hasValue("Care Profile one");
		assertThat(tools.find(id, 2)).map(Tool::title).hasValue("Care Profile two");
		assertThat(tools.find(id, 4)).isEmpty();
		assertThat(tools.latest(id)).map(Tool::version).hasValue(3);
		assertThat(tools.current()).filteredOn(tool -> tool.id().equals(id)).extracting(Tool::version).containsExactly(3);
		assertThat(library.entries()).filteredOn(e -> e.tool().id().equals(id))
			.extracting(e -> e.tool().version() + (e.current() ? " current" : ""))
			.containsExactly("3 current", "2", "1");
	}

	@Test
	void the_same_version_with_other_wording_is_refused_and_the_same_text_changes_nothing() {
		String id = fresh("steady-tool");
		library.upload(admin(), "steady.yaml", open(id, 1, "Steady"));
		int audits = audited(ToolLibrary.RECORD, "CREATE");

		Upload changed = library.upload(admin(), "steady-edited.yaml", open(id, 1, "Steady, edited"));
		assertThat(changed).isInstanceOfSatisfying(Upload.Refused.class,
				refused -> assertThat(refused.problems()).extracting(ToolDefinitionProblem::describe)
					.containsExactly("steady-edited.yaml line 3: version is 1, but version 1 of " + id
							+ " was uploaded by admin from steady.yaml with different wording: give the changed tool a new version number"));
		assertThat(tools.find(id, 1)).map(Tool::title).hasValue("Steady");

		Upload again = library.upload(admin(), "steady-again.yaml", open(id, 1, "Steady").replace("\n", "\r\n"));
		assertThat(again).isInstanceOf(Upload.Unchanged.class);
		assertThat(rows(id)).isEqualTo(1);
		assertThat(audited(ToolLibrary.RECORD, "CREATE")).isEqualTo(audits);
	}

	@Test
	void an_invalid_upload_stores_nothing() {
		int audits = audited(ToolLibrary.RECORD, "CREATE");
		Upload outcome = library.upload(admin(), "missing-descriptor.yaml",
				ToolDefinitionReaderTest.resource("missing-descriptor.yaml"));
		assertThat(outcome).isInstanceOfSatisfying(Upload.Refused.class,
				refused -> assertThat(refused.problems()).hasSize(1));
		assertThat(rows("test-missing-descriptor")).isZero();
		assertThat(audited(ToolLibrary.RECORD, "CREATE")).isEqualTo(audits);
	}

	@Test
	void invalid_shipped_files_stop_start_up_naming_every_problem_and_nothing_is_recorded() {
		int before = jdbc.sql("select count(*) from assessment_tool_version").query(Integer.class).single();
		assertThatThrownBy(() -> library.loadShipped("classpath*:tools-test/"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("missing-descriptor.yaml line 32: areas[0].items[0].descriptors.all.3 is missing")
			.hasMessageContaining("several-problems.yaml line 2: version must be a whole number from 1 up")
			.hasMessageContaining("several-problems.yaml line 37: areas[1].items[0].descriptors.teenage");
		assertThat(jdbc.sql("select count(*) from assessment_tool_version").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void shipped_files_are_recorded_once_and_a_missing_folder_is_no_problem(@TempDir Path folder) throws IOException {
		String id = fresh("shipped-tool");
		Files.writeString(folder.resolve(id + "-v1.yaml"), open(id, 1, "Shipped"));
		Files.writeString(folder.resolve(id + "-v2.yml"), open(id, 2, "Shipped two"));
		library.loadShipped(folder.toUri().toString());
		library.loadShipped(folder.toUri().toString());
		assertThat(rows(id)).isEqualTo(2);
		assertThat(versions.find(id, 1).orElseThrow().source()).isEqualTo(Source.SHIPPED);
		assertThat(tools.latest(id)).map(Tool::title).hasValue("Shipped two");

		library.loadShipped("classpath*:no-such-folder/");
	}

	@Test
	void two_files_for_one_version_stop_start_up(@TempDir Path folder) throws IOException {
		String id = fresh("twice-shipped");
		Files.writeString(folder.resolve("a.yaml"), open(id, 1, "Once"));
		Files.writeString(folder.resolve("b.yaml"), open(id, 1, "Twice"));
		assertThatThrownBy(() -> library.loadShipped(folder.toUri().toString()))
			.hasMessageContaining("b.yaml: defines " + id + " v1, as a.yaml does");
		assertThat(rows(id)).isZero();
	}

	@Test
	void a_shipped_version_clashing_with_an_uploaded_one_stops_start_up(@TempDir Path folder) throws IOException {
		String id = fresh("clash");
		library.upload(admin(), "clash.yaml", open(id, 1, "Uploaded wording"));
		Files.writeString(folder.resolve("clash-v1.yaml"), open(id, 1, "Shipped wording"));
		assertThatThrownBy(() -> library.loadShipped(folder.toUri().toString()))
			.hasMessageContaining("clash-v1.yaml: " + id + " v1 was uploaded by admin with different wording");
		assertThat(tools.find(id, 1)).map(Tool::title).hasValue("Uploaded wording");
	}

	@Test
	void an_upload_of_a_shipped_version_with_other_wording_is_refused(@TempDir Path folder) throws IOException {
		String id = fresh("ours");
		Files.writeString(folder.resolve("ours.yaml"), open(id, 1, "Ours"));
		library.loadShipped(folder.toUri().toString());
		assertThat(library.upload(admin(), "theirs.yaml", open(id, 1, "Theirs")))
			.isInstanceOfSatisfying(Upload.Refused.class, refused -> assertThat(refused.problems().get(0).message())
				.contains("ships with Seen with different wording"));
	}

	@Test
	void a_version_stored_by_another_node_is_seen_at_once() {
		String id = fresh("other-node");
		String text = open(id, 1, "From another node");
		// written straight to the table, as another node's library would, bypassing this one's cache
		versions.insert(UUID.randomUUID(), id, 1, text, Source.UPLOADED, "other.yaml", null, "admin", Instant.now());
		assertThat(tools.find(id, 1)).map(Tool::title).hasValue("From another node");
		assertThat(tools.current()).extracting(Tool::key).contains(id + " v1");
		versions.insert(UUID.randomUUID(), id, 2, open(id, 2, "Newer"), Source.UPLOADED, "other.yaml", null, "admin",
				Instant.now());
		assertThat(tools.latest(id)).map(Tool::title).hasValue("Newer");
	}

	@Test
	void an_open_tool_is_for_everyone_and_a_restricted_one_for_the_accredited_only() {
		String id = fresh("licensed");
		String restricted = RESTRICTED.replace("tool: test-licensed-tool\n", "tool: " + id + "\n");
		library.upload(admin(), "licensed.yaml", restricted);
		Tool tool = tools.find(id, 1).orElseThrow();
		Tool open = reader().read("open.yaml", OPEN).tool();
		UUID teacher = practitioner("teacher");
		UUID visitor = practitioner("health.visitor");

		assertThat(tools.mayUse(teacher, open)).isTrue();
		assertThat(tools.mayUse(null, open)).isTrue();
		assertThat(tools.mayUse(teacher, tool)).isFalse();
		assertThat(tools.mayUse(null, tool)).isFalse();

		int created = audited(Accreditations.RECORD, "CREATE");
		assertThat(accreditations.accredit(admin(), id, teacher)).isTrue();
		assertThat(accreditations.accredit(admin(), id, teacher)).as("already accredited").isFalse();
		assertThat(audited(Accreditations.RECORD, "CREATE")).isEqualTo(created + 1);
		assertThat(tools.mayUse(teacher, tool)).isTrue();
		assertThat(tools.mayUse(visitor, tool)).isFalse();
		assertThat(accreditations.of(id)).extracting(a -> a.practitioner().id()).containsExactly(teacher);
		assertThat(accreditations.candidates(id)).extracting(p -> p.id()).doesNotContain(teacher).contains(visitor);

		// an accreditation is for the tool, so it covers a later version
		library.upload(admin(), "licensed-v2.yaml", restricted.replace("version: 1\n", "version: 2\n"));
		assertThat(tools.mayUse(teacher, tools.latest(id).orElseThrow())).isTrue();

		int removed = audited(Accreditations.RECORD, "REMOVE");
		assertThat(accreditations.withdraw(admin(), id, teacher)).isTrue();
		assertThat(accreditations.withdraw(admin(), id, teacher)).isFalse();
		assertThat(audited(Accreditations.RECORD, "REMOVE")).isEqualTo(removed + 1);
		assertThat(tools.mayUse(teacher, tool)).isFalse();
	}

	private static ToolDefinitionReader reader() {
		return new ToolDefinitionReader();
	}
}
