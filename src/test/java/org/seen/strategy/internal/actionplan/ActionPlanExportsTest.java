package org.seen.strategy.internal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.internal.SeenUser;
import org.seen.web.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The action plan's exports, shaped like the appendix table, and the summary for the quarterly report. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ActionPlanExportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoActors actors;

	@Autowired
	ActionPlanReport report;

	@Autowired
	StrategyActionPlan plan;

	@Autowired
	JdbcClient jdbc;

	SeenUser signedIn(String username) {
		return new SeenUser(actors.actor(username), "", true, true);
	}

	long exports() {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'ACTION_PLAN' and action = 'EXPORT'")
			.query(Long.class)
			.single();
	}

	@Test
	void the_spreadsheet_has_the_appendix_headings_and_a_row_per_action() throws Exception {
		long before = exports();
		byte[] xlsx = mvc.perform(get("/strategy/action-plan/export.xlsx").with(user(signedIn("manager"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("action-plan.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(cells(sheet.getRow(1))).containsExactly("Priority", "Lead", "Activity",
					"Key Performance Indicators", "Baseline", "Target Date", "Progress", "Impact on Children and families");
			Row first = sheet.getRow(2);
			List<String> row = cells(first);
			assertThat(row.get(0)).isEqualTo("1. Prevention");
			assertThat(row.get(1)).isEqualTo("Training coordinator, Northbrook Safeguarding Children Partnership");
			assertThat(row.get(2)).startsWith("1.1 Neglect toolkit training for every agency");
			assertThat(row.get(3)).contains("Practitioners trained in the neglect toolkit: now 284 (Improving)");
			assertThat(row.get(4)).startsWith("120 (");
			assertThat(row.get(5)).startsWith("400 (");
			assertThat(row.get(6)).startsWith("Green at ").contains("284 practitioners trained");
			assertThat(row.get(7)).contains("more confident");
			assertThat(StreamSupport.stream(sheet.spliterator(), false)
				.flatMap(r -> StreamSupport.stream(r.spliterator(), false))
				.noneMatch(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA)).isTrue();
		}
		assertThat(exports()).isEqualTo(before + 1);
	}

	@Test
	void the_pdf_is_the_appendix_table_with_each_actions_rating() throws Exception {
		byte[] pdf = mvc.perform(get("/strategy/action-plan/export.pdf").with(user(signedIn("analyst"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = String.join(" ", PdfText.pages(pdf));
		// the columns are narrow, so long headings wrap: the check is on words that stay together
		assertThat(text).contains("Northbrook neglect strategy 2025–2028: action plan", "Key Performance",
				"Baseline", "Target Date", "Progress", "Impact on Children", "1. Prevention", "1.1 Neglect toolkit",
				"Green", "Counts from 1 to 4 are shown as c");
	}

	@Test
	void a_teacher_cannot_export_the_plan() throws Exception {
		mvc.perform(get("/strategy/action-plan/export.pdf").with(user(signedIn("teacher"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_summary_gives_each_action_its_rating_as_at_a_date_and_the_counts() {
		var now = report.summary(actors.actor("auditor"), plan.today());
		assertThat(now.strategyTitle()).isEqualTo("Northbrook neglect strategy 2025–2028");
		assertThat(now.priorities()).hasSizeGreaterThanOrEqualTo(3);
		var first = now.priorities().get(0).items().stream().filter(i -> i.reference().equals("1.1")).findFirst()
			.orElseThrow();
		assertThat(first.rag()).isEqualTo("GREEN");
		assertThat(first.kpis()).extracting(ActionPlanReport.KpiLine::current).contains("284");
		assertThat(first.narrative().length()).isLessThanOrEqualTo(300);
		assertThat(now.counts().total()).isEqualTo(
				now.priorities().stream().mapToInt(p -> p.counts().total()).sum());

		// before any progress was recorded, nothing was rated and typed figures were not there yet
		var longAgo = report.summary(actors.actor("auditor"), java.time.LocalDate.of(2025, 1, 1));
		var then = longAgo.priorities().get(0).items().stream().filter(i -> i.reference().equals("1.1"))
			.findFirst().orElseThrow();
		assertThat(then.rag()).isNull();
		assertThat(then.kpis().get(0).current()).isEqualTo("No data yet");
	}

	@Test
	void a_long_narrative_is_cut_to_300_characters() {
		assertThat(ActionPlanReport.shorten("x".repeat(400))).hasSize(300).endsWith("…");
		assertThat(ActionPlanReport.shorten("short")).isEqualTo("short");
	}

	static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (Cell cell : row) {
			cells.add(cell.getStringCellValue());
		}
		return cells;
	}
}
