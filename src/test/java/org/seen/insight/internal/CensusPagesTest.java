package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.seen.insight.internal.CinXml.census;
import static org.seen.insight.internal.CinXml.child;
import static org.seen.insight.internal.CinXml.episode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The analysts' census pages: upload with errors by line, the measures with their comparators, the CSV. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CensusPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private static MockMultipartFile file(String xml) {
		return new MockMultipartFile("file", "cin.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8));
	}

	private static String sixReferrals(String lea) {
		List<String> children = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			children.add(child("W" + i, "2016-05-01", episode("2023-06-01")));
		}
		children.add(child("X1", "2016-05-01", episode("2023-06-01", "2023-07-01", "RC9", false)));
		return census(lea, "2024-03-31", children.toArray(String[]::new));
	}

	private String upload(String xml) throws Exception {
		return mvc.perform(multipart("/insight/census").file(file(xml)).with(csrf()).with(as("analyst")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void the_demo_return_is_listed_and_analysts_may_upload() throws Exception {
		mvc.perform(get("/insight/census").with(as("analyst")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-26")))
			.andExpect(content().string(containsString("Import the return")));
		mvc.perform(get("/insight/census").with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-26")))
			.andExpect(content().string(not(containsString("Import the return"))));
	}

	@Test
	void a_bad_file_is_shown_in_an_error_summary_with_its_lines_and_nothing_is_stored() throws Exception {
		String xml = census("601", "2024-03-31", child("Q1", "2015-01-10", episode("2023-06-01", "2023-05-01", "RC8", false)));
		long line = xml.substring(0, xml.indexOf("<CINclosureDate>")).chars().filter(c -> c == '\n').count() + 1;
		mvc.perform(multipart("/insight/census").file(file(xml)).with(csrf()).with(as("analyst")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Line " + line + ", child Q1, CINclosureDate: ")))
			.andExpect(content().string(containsString("Error: Children in Need census returns")));
		assertThat(jdbc.sql("select count(*) from cin_return where lea = '601'").query(Integer.class).single()).isZero();
	}

	@Test
	void no_file_is_an_error() throws Exception {
		mvc.perform(multipart("/insight/census").with(csrf()).with(as("analyst")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a census return file")));
	}

	@Test
	void a_good_file_leads_to_its_measures() throws Exception {
		String location = upload(sixReferrals("602"));
		assertThat(location).startsWith("/insight/census/").endsWith("?imported=true");
		mvc.perform(get(location).with(as("analyst")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The return was imported: 7 children")))
			.andExpect(content().string(containsString("Compared with England")))
			.andExpect(content().string(containsString("50.5%")))
			.andExpect(content().string(containsString("Characteristics of children in need")))
			.andExpect(content().string(not(containsString("withheld to protect confidentiality"))))
			.andExpect(content().string(containsString("Returns to 2023-24 give GenderCurrent, not Sex")));
		mvc.perform(get(location.replace("?imported=true", "")).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Returns to 2023-24 give GenderCurrent"))));
	}

	@Test
	void other_roles_see_small_numbers_withheld_on_the_page_and_in_the_csv() throws Exception {
		String location = upload(sixReferrals("603"));
		String page = location.replace("?imported=true", "");
		mvc.perform(get(page).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("withheld to protect confidentiality")));
		String managers = mvc.perform(get(page + "/measures.csv").with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsString();
		assertThat(managers).contains("603,2023-24,2024-03-31,referrals,,,7")
			.contains("603,2023-24,2024-03-31,closed_to_early_help,,,c");
		String analysts = mvc.perform(get(page + "/measures.csv").with(as("analyst")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(analysts).contains("603,2023-24,2024-03-31,closed_to_early_help,,,1")
			.startsWith("lea,year,reference_date,measure,breakdown,category,value");
	}
}
