package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.ui.ExtendedModelMap;

/**
 * An upload over the limit is stopped by the servlet container before any controller is chosen
 * (MockMvc does not parse multipart bodies as Tomcat does, so the answer is called directly).
 */
@SpringBootTest
@ActiveProfiles("test")
class UploadTooLargeTest {

	@Autowired
	UploadTooLarge tooLarge;

	@Autowired
	UserDetailsService accounts;

	@Test
	void an_upload_over_the_limit_is_answered_413_with_the_page_and_the_limit() {
		UserDetails analyst = accounts.loadUserByUsername("analyst");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(analyst, null, analyst.getAuthorities()));
		try {
			ExtendedModelMap model = new ExtendedModelMap();
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat(tooLarge.tooLarge(model, response)).isEqualTo(CensusPages.LIST);
			assertThat(response.getStatus()).isEqualTo(413);
			assertThat(model.get("fileError")).isEqualTo("The file must be smaller than 1536 MB");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
