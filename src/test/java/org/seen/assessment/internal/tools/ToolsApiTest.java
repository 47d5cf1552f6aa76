package org.seen.assessment.internal.tools;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The tools API: current tools with their content, old versions, who may use a restricted tool, and 404s. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ToolsApiTest {

	static final String TEACHER = "Bearer demo-teacher";

	@Autowired
	MockMvc mvc;

	@Autowired
	ToolLibrary library;

	@Autowired
	Accreditations accreditations;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_current_tools_come_with_their_bands_areas_items_and_descriptors() throws Exception {
		String id = ToolLibraryTest.fresh("api-tool");
		library.upload(actors.actor("admin"), "a.yaml", ToolLibraryTest.open(id, 1, "API Tool one"));
		library.upload(actors.actor("admin"), "b.yaml", ToolLibraryTest.open(id, 2, "API Tool two"));
		String tool = "$[?(@.id == '" + id + "')]";
		mvc.perform(get("/api/v1/tools").header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath(tool + ".version", contains(2)))
			.andExpect(jsonPath(tool + ".title", contains("API Tool two")))
			.andExpect(jsonPath(tool + ".licence", contains("Written for Seen's tests; free to use.")))
			.andExpect(jsonPath(tool + ".restricted", contains(false)))
			.andExpect(jsonPath(tool + ".mayUse", contains(true)))
			.andExpect(jsonPath(tool + ".ageBands[0].id", contains("pre-birth")))
			.andExpect(jsonPath(tool + ".ageBands[0].unborn", contains(true)))
			.andExpect(jsonPath(tool + ".ageBands[1].toMonths", contains(12)))
			.andExpect(jsonPath(tool + ".areas[0].id", contains("physical-care")))
			.andExpect(jsonPath(tool + ".areas[0].summary", contains("How well the child's physical needs are met.")))
			.andExpect(jsonPath(tool + ".areas[0].items[0].id", contains("feeding")))
			.andExpect(jsonPath(tool + ".areas[0].items[0].guidance", contains("Look at what the child eats and drinks through the day.")))
			.andExpect(jsonPath(tool + ".areas[0].items[0].prompts[1]", contains("Who makes the meals?")))
			.andExpect(jsonPath(tool + ".areas[0].items[0].neglectTypes[*]", hasItem("NUTRITIONAL")))
			.andExpect(jsonPath(tool + ".areas[0].items[0].descriptors.all.3", contains("Meals are often missed.")))
			.andExpect(jsonPath(tool + ".areas[0].items[0].descriptors.pre-birth.1",
					contains("The mother eats well and attends antenatal care.")))
			.andExpect(jsonPath(tool + ".areas[0].items[1].household", contains(true)))
			.andExpect(jsonPath(tool + ".areas[0].items[1].scale", contains("home-conditions")))
			.andExpect(jsonPath(tool + ".areas[1].items[0].ageBands[0]", contains("1-17")));
		mvc.perform(get("/api/v1/tools/{id}/versions/1", id).header("Authorization", TEACHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.title").value("API Tool one"));
	}

	@Test
	void a_restricted_tool_shows_its_content_only_to_the_accredited() throws Exception {
		String id = ToolLibraryTest.fresh("api-licensed");
		library.upload(actors.actor("admin"), "l.yaml",
				ToolLibraryTest.RESTRICTED.replace("tool: test-licensed-tool\n", "tool: " + id + "\n"));
		String tool = "$[?(@.id == '" + id + "')]";
		mvc.perform(get("/api/v1/tools").header("Authorization", TEACHER))
			.andExpect(jsonPath(tool + ".restricted", contains(true)))
			.andExpect(jsonPath(tool + ".mayUse", contains(false)))
			.andExpect(jsonPath(tool + ".title", contains("Test Licensed Profile")))
			.andExpect(jsonPath(tool + ".areas", empty()));
		mvc.perform(get("/api/v1/tools/{id}/versions/1", id).header("Authorization", TEACHER))
			.andExpect(jsonPath("$.mayUse").value(false))
			.andExpect(jsonPath("$.areas").doesNotExist());

		UUID teacher = jdbc.sql("select practitioner_id from account where username = 'teacher'").query(UUID.class).single();
		accreditations.accredit(actors.actor("admin"), id, teacher);
		mvc.perform(get("/api/v1/tools").header("Authorization", TEACHER))
			.andExpect(jsonPath(tool + ".mayUse", contains(true)))
			.andExpect(jsonPath(tool + ".areas[0].items[0].descriptors.all.1", contains("Warm and responsive.")));
		mvc.perform(get("/api/v1/tools").header("Authorization", "Bearer demo-health.visitor"))
			.andExpect(jsonPath(tool + ".mayUse", contains(false)));
		mvc.perform(get("/api/v1/tools").header("Authorization", "Bearer demo-analyst"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(tool + ".mayUse", contains(false)));
	}

	@Test
	void an_unknown_tool_or_version_is_a_404_problem() throws Exception {
		mvc.perform(get("/api/v1/tools/no-such-tool/versions/1").header("Authorization", TEACHER))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("The library has no version 1 of a tool with the id no-such-tool."));
		mvc.perform(get("/api/v1/tools/no-such-tool/versions/one").header("Authorization", TEACHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/v1/tools")).andExpect(status().isUnauthorized());
	}
}
