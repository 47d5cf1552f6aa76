package org.seen.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Static files may be cached; pages, which can hold personal data, may not. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CachingTest {

	@Autowired
	MockMvc mvc;

	@Test
	void static_files_are_cached_for_a_day_and_pages_never() throws Exception {
		mvc.perform(get("/css/seen.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=86400")));
		mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=86400")));
		mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}
}
