package org.seen.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail pages back in time, keeping the filter, and links back to the newest entries. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditPagingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDetailsService accounts;

	@Test
	void a_full_page_links_to_older_entries_with_the_filter_and_an_older_page_links_back() throws Exception {
		for (int i = 0; i < 60; i++) {
			audit.recordAnonymous("paging.probe", AuditAction.SIGN_IN_FAILED, "bad credentials");
		}
		String first = mvc.perform(get("/audit").param("username", "paging.probe")
			.with(user(accounts.loadUserByUsername("auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Older entries")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String older = first.replaceAll("(?s).*href=\"(/audit\\?username=paging\\.probe&amp;before=\\d+)\" rel=\"next\".*", "$1")
			.replace("&amp;", "&");
		mvc.perform(get(older).with(user(accounts.loadUserByUsername("auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/audit?username=paging.probe\" rel=\"prev\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
	}
}
