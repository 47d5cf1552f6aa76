package org.seen.assessment.internal.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The administrator's tool pages: every way an upload can be refused (each storing nothing), a
 * good upload listed, and accrediting a practitioner for a restricted tool, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ToolPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B asAdmin(B request) {
		return request.with(csrf()).with(user(accounts.loadUserByUsername("admin")));
	}

	private int stored() {
		return jdbc.sql("select count(*) from assessment_tool_version").query(Integer.class).single();
	}

	private MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
		return asAdmin(multipart("/admin/tools/upload").file(new MockMultipartFile("file", fileName, "application/yaml", content)));
	}

	private MockMultipartHttpServletRequestBuilder upload(String fileName, String content) {
		return upload(fileName, content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void the_pages_are_linked_from_administration_and_show_the_form() throws Exception {
		mvc.perform(asAdmin(get("/admin"))).andExpect(content().string(containsString("href=\"/admin/tools\"")));
		mvc.perform(asAdmin(get("/admin/tools")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Assessment tools</h1>")));
		mvc.perform(asAdmin(get("/admin/tools/upload")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(not(containsString("There is a problem"))));
	}

	@Test
	void an_upload_with_no_file_is_refused() throws Exception {
		int before = stored();
		mvc.perform(asAdmin(multipart("/admin/tools/upload")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Upload a tool")))
			.andExpect(content().string(containsString("Select a tool definition file to upload")));
		mvc.perform(upload("empty.yaml", new byte[0]))
			.andExpect(content().string(containsString("Select a tool definition file to upload")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void a_file_that_is_not_yaml_text_is_refused() throws Exception {
		int before = stored();
		mvc.perform(upload("tool.docx", ToolLibraryTest.OPEN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file must be a YAML file, ending .yaml or .yml")));
		mvc.perform(upload("huge.yaml", ("title: " + "x".repeat((int) ToolsPage.MAX_BYTES)).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file must be smaller than 1 MB")));
		mvc.perform(upload("tool.yaml", new byte[] { 't', 'o', 'o', 'l', ':', ' ', (byte) 0xC3, (byte) 0x28 }))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file must be text saved as UTF-8")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void an_invalid_tool_lists_every_problem_with_its_line_and_stores_nothing() throws Exception {
		int before = stored();
		int audited = jdbc.sql("select count(*) from audit_entry where record_type = 'ASSESSMENT_TOOL'").query(Integer.class).single();
		mvc.perform(upload("several-problems.yaml", ToolDefinitionReaderTest.resource("several-problems.yaml")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Upload a tool")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Line 2: version must be a whole number from 1 up")))
			.andExpect(content().string(containsString("Line 5: restricted must be true or false")))
			.andExpect(content().string(containsString("Line 19: areas[0].itmes is not a known field")))
			.andExpect(content().string(containsString("Line 34: areas[1].items[0].descriptors.all.3 is empty")))
			.andExpect(content().string(containsString("several-problems.yaml has 11 problems: nothing was stored")));
		mvc.perform(upload("missing-descriptor.yaml", ToolDefinitionReaderTest.resource("missing-descriptor.yaml")))
			.andExpect(content().string(containsString("Line 32: areas[0].items[0].descriptors.all.3 is missing")))
			.andExpect(content().string(containsString("missing-descriptor.yaml has a problem")));
		assertThat(stored()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'ASSESSMENT_TOOL'").query(Integer.class).single())
			.isEqualTo(audited);
	}

	@Test
	void a_valid_tool_is_stored_listed_and_a_changed_copy_of_it_refused() throws Exception {
		String id = ToolLibraryTest.fresh("page-tool");
		mvc.perform(upload(id + ".yaml", ToolLibraryTest.open(id, 1, "Page Tool")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/tools?uploaded=" + id + "&version=1"));
		mvc.perform(asAdmin(get("/admin/tools?uploaded=" + id + "&version=1")))
			.andExpect(content().string(containsString("Page Tool version 1 uploaded: it is now in the library")))
			.andExpect(content().string(containsString("Page Tool")))
			.andExpect(content().string(containsString("Uploaded by admin")));
		mvc.perform(upload(id + ".yaml", ToolLibraryTest.open(id, 1, "Page Tool")))
			.andExpect(redirectedUrl("/admin/tools?unchanged=" + id + "&version=1"));
		mvc.perform(asAdmin(get("/admin/tools?unchanged=" + id + "&version=1")))
			.andExpect(content().string(containsString("Page Tool version 1 was already in the library, word for word")));
		mvc.perform(asAdmin(get("/admin/tools?uploaded=Not%20An%20Id&version=1")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("govuk-notification-banner__heading"))));
		mvc.perform(upload(id + "-edited.yaml", ToolLibraryTest.open(id, 1, "Page Tool, edited")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Line 3: version is 1, but version 1 of " + id)));
		assertThat(jdbc.sql("select count(*) from assessment_tool_version where tool_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_administrator_accredits_a_practitioner_and_removes_them() throws Exception {
		String id = ToolLibraryTest.fresh("page-licensed");
		mvc.perform(upload(id + ".yaml", ToolLibraryTest.RESTRICTED.replace("tool: test-licensed-tool\n", "tool: " + id + "\n")))
			.andExpect(status().is3xxRedirection());
		UUID teacher = jdbc.sql("select practitioner_id from account where username = 'teacher'").query(UUID.class).single();
		String page = "/admin/tools/" + id + "/accreditations";

		mvc.perform(asAdmin(get(page)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No practitioners are accredited for this tool")))
			.andExpect(content().string(containsString("value=\"" + teacher + "\"")));
		mvc.perform(asAdmin(post(page)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the practitioner to accredit")));
		mvc.perform(asAdmin(post(page).param("practitioner", "not-an-id")))
			.andExpect(content().string(containsString("Select the practitioner to accredit")));
		mvc.perform(asAdmin(post(page).param("practitioner", UUID.randomUUID().toString())))
			.andExpect(content().string(containsString("Select the practitioner to accredit")));
		assertThat(accredited(id)).isZero();

		mvc.perform(asAdmin(post(page).param("practitioner", teacher.toString())))
			.andExpect(redirectedUrl(page + "?added"));
		assertThat(accredited(id)).isEqualTo(1);
		mvc.perform(asAdmin(get(page + "?added")))
			.andExpect(content().string(containsString("Practitioner accredited")))
			.andExpect(content().string(containsString("by admin")));
		assertThat(audit("CREATE", teacher, id)).isEqualTo(1);

		mvc.perform(asAdmin(post(page + "/" + teacher + "/remove"))).andExpect(redirectedUrl(page + "?removed"));
		assertThat(accredited(id)).isZero();
		assertThat(audit("REMOVE", teacher, id)).isEqualTo(1);
	}

	@Test
	void an_unknown_tool_has_no_accreditation_page() throws Exception {
		mvc.perform(asAdmin(get("/admin/tools/no-such-tool/accreditations"))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(get("/admin/tools/Not A Tool/accreditations"))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(post("/admin/tools/no-such-tool/accreditations").param("practitioner", UUID.randomUUID().toString())))
			.andExpect(status().isNotFound());
	}

	private int accredited(String toolId) {
		return jdbc.sql("select count(*) from assessment_accreditation where tool_id = ?").param(toolId).query(Integer.class).single();
	}

	private int audit(String action, UUID practitioner, String toolId) {
		return jdbc.sql("""
				select count(*) from audit_entry where record_type = 'ACCREDITATION' and action = ? and record_id = ?
				  and username = 'admin' and detail like ?""")
			.params(action, practitioner, "%" + toolId + "%")
			.query(Integer.class)
			.single();
	}
}
