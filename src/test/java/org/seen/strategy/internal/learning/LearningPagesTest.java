package org.seen.strategy.internal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.strategy.internal.learning.Register.RecommendationEntry;
import org.seen.strategy.internal.learning.Register.Review;
import org.seen.strategy.internal.learning.Register.ReviewEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LearningPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	LearningRegister register;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	UUID agency(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(UUID.class).single();
	}

	Review review(String title) {
		return register.addReview(actors.actor("analyst"), new ReviewEntry("RAPID_REVIEW", "LOCAL", title, "Test partnership",
				LocalDate.now().minusDays(5), "", null, List.of()));
	}

	@Test
	void a_practitioner_reads_the_register_without_the_editors_links() throws Exception {
		Review review = review("Pages test: read by a teacher");
		mvc.perform(get("/strategy/learning").with(user(as("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pages test: read by a teacher")))
			.andExpect(content().string(not(containsString("Add a review"))));
		mvc.perform(get("/strategy/learning/reviews/{id}", review.id()).with(user(as("teacher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Add a recommendation"))));
		mvc.perform(get("/strategy/learning/reviews/new").with(user(as("teacher")))).andExpect(status().isForbidden());
		mvc.perform(get("/strategy/learning").with(user(as("analyst"))))
			.andExpect(content().string(containsString("Add a review")));
	}

	@Test
	void a_review_form_with_problems_shows_each_keeps_what_was_typed_and_stores_nothing() throws Exception {
		long before = jdbc.sql("select count(*) from learning_review").query(Long.class).single();
		mvc.perform(post("/strategy/learning/reviews/new").with(user(as("analyst"))).with(csrf())
			.param("kind", "RAPID_REVIEW")
			.param("title", "Pages test: typed and kept")
			.param("publishedOnDay", "31")
			.param("publishedOnMonth", "2")
			.param("publishedOnYear", "2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select whether the review is local or national")))
			.andExpect(content().string(containsString("Enter who published the review")))
			.andExpect(content().string(containsString("Date published must be a real date")))
			.andExpect(content().string(containsString("value=\"Pages test: typed and kept\"")));
		assertThat(jdbc.sql("select count(*) from learning_review").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_review_added_through_the_form_is_shown_on_its_page() throws Exception {
		UUID theme = jdbc.sql("select id from learning_theme where name = 'Supervision and reflection'").query(UUID.class).single();
		mvc.perform(post("/strategy/learning/reviews/new").with(user(as("analyst"))).with(csrf())
			.param("kind", "LOCAL_CSPR")
			.param("scope", "LOCAL")
			.param("title", "Pages test: through the form")
			.param("publishedBy", "Test partnership")
			.param("publishedOnDay", "3")
			.param("publishedOnMonth", "3")
			.param("publishedOnYear", "2025")
			.param("themes", theme.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/strategy/learning/reviews/*"));
		UUID id = jdbc.sql("select id from learning_review where title = 'Pages test: through the form'").query(UUID.class).single();
		mvc.perform(get("/strategy/learning/reviews/{id}", id).with(user(as("analyst"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Supervision and reflection")))
			.andExpect(content().string(containsString("3 March 2025")));
	}

	@Test
	void a_recommendation_with_a_bad_due_date_shows_that_and_every_other_problem() throws Exception {
		Review review = review("Pages test: bad due date");
		mvc.perform(post("/strategy/learning/reviews/{id}/recommendations/new", review.id()).with(user(as("analyst")))
			.with(csrf())
			.param("ownerName", "Head of early help")
			.param("dueOnDay", "40")
			.param("dueOnMonth", "1")
			.param("dueOnYear", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the recommendation")))
			.andExpect(content().string(containsString("Select the owner&#39;s agency")))
			.andExpect(content().string(containsString("Due date must be a real date")))
			.andExpect(content().string(containsString("value=\"Head of early help\"")));
		assertThat(jdbc.sql("select count(*) from learning_recommendation where review_id = ?").param(review.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void a_stale_theme_edit_is_refused_with_a_clear_message_and_nothing_is_overwritten() throws Exception {
		Register.Theme theme = register.addTheme(actors.actor("analyst"), "Pages theme " + UUID.randomUUID());
		register.changeTheme(actors.actor("analyst"), theme.id(), theme.version(), theme.name() + " first", false);
		mvc.perform(post("/strategy/learning/themes/{id}", theme.id()).with(user(as("analyst"))).with(csrf())
			.param("name", theme.name() + " second")
			.param("version", String.valueOf(theme.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this since you opened it")));
		assertThat(jdbc.sql("select name from learning_theme where id = ?").param(theme.id()).query(String.class).single())
			.isEqualTo(theme.name() + " first");
	}

	@Test
	void the_cross_reference_table_downloads_as_a_workbook_with_a_row_a_recommendation() throws Exception {
		Review review = review("Pages test: export");
		register.addRecommendation(actors.actor("analyst"), review.id(), new RecommendationEntry("=HYPERLINK(\"x\")",
				"Partnership manager", agency("NSCP"), null, "IN_PROGRESS", null, true, List.of(), List.of()));
		byte[] xlsx = mvc.perform(get("/strategy/learning/cross-references.xlsx").with(user(as("auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(LearningCrossReferencePages.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Cross references");
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Recommendation");
			assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Cross Ref: aims");
			Row row = null;
			for (Row candidate : sheet) {
				if (candidate.getCell(0).getStringCellValue().equals("Pages test: export")) {
					row = candidate;
				}
			}
			assertThat(row).isNotNull();
			assertThat(row.getCell(2).getCellType()).as("never a formula").isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("In progress");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("All");
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where username = 'auditor' and action = 'EXPORT' and record_type = 'LEARNING_CROSS_REFERENCE'")
			.query(Long.class).single()).isPositive();
		mvc.perform(get("/strategy/learning/cross-references").with(user(as("social.worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pages test: export, recommendation 1")));
	}

	@Test
	void the_themes_page_withholds_small_counts() throws Exception {
		mvc.perform(get("/strategy/learning/themes").with(user(as("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Drift and delay")))
			.andExpect(content().string(not(containsString("Add a theme"))));
	}
}
