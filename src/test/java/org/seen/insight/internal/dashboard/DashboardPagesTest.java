package org.seen.insight.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seen.insight.internal.Breakdown;
import org.seen.insight.internal.Measure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The dashboard, its exports and the quarterly report, on returns imported through the real
 * import: who sees raw counts, who sees "c", who may not look at all, and what each file holds.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

	static final String LEA = "811";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void importReturns() throws Exception {
		for (String xml : List.of(DashboardReturns.earlier(LEA), DashboardReturns.latest(LEA))) {
			mvc.perform(post("/api/v1/cin-returns").header("Authorization", "Bearer demo-analyst")
				.contentType(MediaType.APPLICATION_XML)
				.content(xml)).andExpect(status().isCreated());
		}
	}

	private MockHttpServletRequestBuilder as(String who, String path) {
		return get(path).with(user(accounts.loadUserByUsername(who)));
	}

	private DashboardView view(String who, String query) throws Exception {
		MvcResult result = mvc.perform(as(who, "/insight?" + query)).andExpect(status().isOk()).andReturn();
		return (DashboardView) result.getModelAndView().getModel().get("view");
	}

	private static DashboardView.MeasureView measure(DashboardView view, Measure measure) {
		return view.sections().stream().flatMap(s -> s.measures().stream()).filter(m -> m.measure() == measure)
			.findFirst().orElseThrow();
	}

	@Test
	void analysts_see_raw_counts_shares_and_the_national_figure() throws Exception {
		DashboardView view = view("analyst", "lea=" + LEA + "&year=2025");
		assertThat(view.suppressed()).isFalse();
		assertThat(view.census().label()).isEqualTo("2024-25");
		assertThat(measure(view, Measure.REFERRALS).count()).isEqualTo(3L);
		DashboardView.MeasureView neglect = measure(view, Measure.CPP_OPEN_NEGLECT);
		assertThat(neglect.count()).isEqualTo(6L);
		assertThat(neglect.share()).isEqualTo(new BigDecimal("100.0"));
		assertThat(neglect.comparator().national()).isEqualTo("50.5");
		DashboardView.MeasureView ended = measure(view, Measure.CPP_ENDED_2_YEARS_OR_MORE);
		assertThat(ended.count()).isEqualTo(5L);
		assertThat(ended.share()).isEqualTo(new BigDecimal("100.0"));
		assertThat(measure(view, Measure.ASSESSMENTS_NEGLECT).share()).isEqualTo(new BigDecimal("37.5"));
		assertThat(measure(view, Measure.RE_REFERRALS).share()).isEqualTo(new BigDecimal("0.0"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "analyst", "manager" })
	void the_dashboard_shows_what_the_census_api_answers_for_the_same_reader(String who) throws Exception {
		String trend = mvc.perform(get("/api/v1/cin-trends/" + LEA).header("Authorization", "Bearer demo-" + who))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Map<String, Object> measures = com.jayway.jsonpath.JsonPath.read(trend, "$.returns[1].measures");
		Map<String, Object> rates = com.jayway.jsonpath.JsonPath.read(trend, "$.returns[1].rates");
		DashboardView view = view(who, "lea=" + LEA + "&year=2025");
		for (Measure measure : Measure.values()) {
			DashboardView.MeasureView shown = measure(view, measure);
			assertThat(String.valueOf(shown.count())).as(measure.key()).isEqualTo(String.valueOf(measures.get(measure.key())));
			if (shown.comparator() != null) {
				Object rate = rates.get(shown.comparator().key());
				assertThat(shown.share() instanceof BigDecimal d ? d.doubleValue() : shown.share()).as(measure.key())
					.isEqualTo(rate instanceof Number n ? n.doubleValue() : rate);
			}
		}
	}

	@Test
	void the_page_draws_each_measure_as_an_image_with_a_title_and_the_same_numbers_in_a_table() throws Exception {
		String html = mvc.perform(as("analyst", "/insight?lea=" + LEA + "&year=2025"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long charts = html.split("role=\"img\"", -1).length - 1;
		assertThat(charts).isEqualTo(Measure.values().length);
		assertThat(html).contains("<title id=\"chart-cpp-open-title\">Children on a child protection plan at the reference date, by year. Line chart");
		assertThat(html).contains("<th scope=\"row\" class=\"govuk-table__header\">2023-24</th>");
		assertThat(html).contains("You are seeing raw counts");
		assertThat(html).contains("50.5%", "22%", "4.4%", "Department for Education, Characteristics of children in need");
		assertThat(html).contains("id=\"trend-table\"");
		// presentation attributes only: the pages' policy allows no inline style or script
		assertThat(html).doesNotContain("style=\"").doesNotContain("<script>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "manager", "auditor", "admin" })
	void other_readers_see_c_for_counts_from_one_to_four_and_shares_built_from_them(String who) throws Exception {
		DashboardView view = view(who, "lea=" + LEA + "&year=2025&breakdown=sex");
		assertThat(view.suppressed()).isTrue();
		assertThat(measure(view, Measure.REFERRALS).count()).isEqualTo("c");
		assertThat(measure(view, Measure.REFERRALS_NEGLECT).share()).isEqualTo("c");
		assertThat(measure(view, Measure.CPP_OPEN).count()).isEqualTo(6L);
		DashboardView.MeasureView open = measure(view, Measure.CPP_OPEN);
		// four girls are withheld and draw no bar; two boys likewise; nobody "not known"
		assertThat(open.rows()).extracting(DashboardView.Row::count).containsExactly("c", "c", 0L);
		assertThat(open.bars().bars()).extracting(BarChart.Bar::length).containsExactly(0, 0, 0);
		assertThat(open.bars().bars()).extracting(BarChart.Bar::shown).containsExactly("c", "c", "0");
		assertThat(measure(view, Measure.CPP_OPEN_NEGLECT).share()).isEqualTo(new BigDecimal("100.0"));
	}

	@Test
	void the_suppressed_page_says_so_and_shows_no_small_number() throws Exception {
		String html = mvc.perform(as("manager", "/insight?lea=" + LEA + "&year=2025&breakdown=sex"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Counts from 1 to 4 are shown as <strong>c</strong>");
		assertThat(html).doesNotContain("You are seeing raw counts");
		assertThat(html).contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">c</td>");
		assertThat(html).doesNotContain("<td class=\"govuk-table__cell govuk-table__cell--numeric\">4</td>");
	}

	@Test
	void a_breakdown_shows_bars_by_category_with_each_categorys_share() throws Exception {
		DashboardView view = view("analyst", "lea=" + LEA + "&year=2025&breakdown=age_band");
		assertThat(view.breakdown()).isEqualTo(Breakdown.AGE_BAND);
		DashboardView.MeasureView referrals = measure(view, Measure.REFERRALS_NEGLECT);
		assertThat(referrals.line()).isNull();
		assertThat(referrals.rows()).extracting(DashboardView.Row::label)
			.containsExactly("Unborn", "Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over");
		assertThat(referrals.rows().get(3).count()).isEqualTo(3L);
		assertThat(referrals.rows().get(3).share()).isEqualTo(new BigDecimal("100.0"));
		assertThat(referrals.rows().get(0).share()).isNull();
		assertThat(referrals.bars().bars().get(3).length()).isEqualTo(BarChart.BAR_AREA);
	}

	@Test
	void with_no_breakdown_each_measure_is_a_trend_over_the_leas_returns_oldest_first() throws Exception {
		DashboardView view = view("analyst", "lea=" + LEA);
		assertThat(view.census().year()).as("the latest return by default").isEqualTo(2025);
		assertThat(view.years()).extracting(r -> r.label()).containsExactly("2023-24", "2024-25");
		DashboardView.MeasureView referrals = measure(view, Measure.REFERRALS);
		assertThat(referrals.rows()).extracting(DashboardView.Row::count).containsExactly(7L, 3L);
		assertThat(referrals.line().points()).hasSize(2);
		assertThat(referrals.line().points().get(0).y()).isEqualTo(referrals.line().top());
		assertThat(view.trend().get(0).values()).containsExactly(7L, 3L);
	}

	@Test
	void an_earlier_return_shows_the_trend_up_to_it() throws Exception {
		DashboardView view = view("analyst", "lea=" + LEA + "&year=2024");
		assertThat(view.census().label()).isEqualTo("2023-24");
		assertThat(view.years()).hasSize(1);
		assertThat(measure(view, Measure.REFERRALS).count()).isEqualTo(7L);
	}

	@Test
	void choosing_another_local_authority_shows_its_latest_return_rather_than_an_error() throws Exception {
		// the demo partnership's return (LEA 999) is for 2026; this LEA has none for that year
		mvc.perform(as("analyst", "/insight?lea=" + LEA + "&year=2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LEA " + LEA + ", 2024-25")));
	}

	@Test
	void filters_that_match_nothing_come_back_with_a_message() throws Exception {
		mvc.perform(as("analyst", "/insight?lea=" + LEA + "&breakdown=shoe_size"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select a breakdown from the list")));
		mvc.perform(as("analyst", "/insight?lea=12x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select a local authority from the list")));
		// (no return can be for 2019: the census import takes 2021-22 to 2025-26)
		mvc.perform(as("analyst", "/insight?lea=" + LEA + "&year=2019"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select a return from the list for this local authority")));
		mvc.perform(as("analyst", "/insight/export.csv?lea=" + LEA + "&breakdown=shoe_size"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string("Select a breakdown from the list."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "social.worker", "teacher", "school.dsl", "front.door", "health.visitor", "police.officer" })
	void practitioners_may_not_see_the_dashboard_or_its_files(String who) throws Exception {
		for (String path : List.of("/insight", "/insight/export.csv", "/insight/export.xlsx", "/insight/report.pdf")) {
			mvc.perform(as(who, path + "?lea=" + LEA)).andExpect(status().isForbidden());
		}
	}

	private String csv(String who, String query) throws Exception {
		return mvc.perform(as(who, "/insight/export.csv?" + query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("neglect-measures-" + LEA + "-2024-25")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static Map<String, CSVRecord> totals(String csv) throws Exception {
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv)).getRecords();
		return records.stream().filter(r -> r.get("Breakdown").equals("All"))
			.collect(Collectors.toMap(r -> r.get("Measure key"), Function.identity()));
	}

	@Test
	void the_csv_has_a_header_row_and_raw_numbers_for_analysts() throws Exception {
		String csv = csv("analyst", "lea=" + LEA + "&year=2025");
		assertThat(csv).startsWith(String.join(",", ExportTable.HEADER) + "\r\n");
		Map<String, CSVRecord> totals = totals(csv);
		assertThat(totals).hasSize(Measure.values().length);
		assertThat(totals.get("referrals").get("Count")).isEqualTo("3");
		assertThat(totals.get("cpp_open_neglect").get("Share (%)")).isEqualTo("100.0");
		assertThat(totals.get("cpp_open_neglect").get("National share (%)")).isEqualTo("50.5");
		assertThat(totals.get("referrals").get("Reference date")).isEqualTo("2025-03-31");
		// numbers are written bare, not quoted as text
		assertThat(csv).contains(",All,All,3,,,,\r\n");
	}

	@Test
	void the_csv_withholds_small_numbers_for_everyone_but_analysts_and_holds_the_breakdown() throws Exception {
		String csv = csv("auditor", "lea=" + LEA + "&year=2025&breakdown=sex");
		Map<String, CSVRecord> totals = totals(csv);
		assertThat(totals.get("referrals").get("Count")).isEqualTo("c");
		assertThat(totals.get("referrals_neglect").get("Share (%)")).isEqualTo("c");
		assertThat(totals.get("cpp_open").get("Count")).isEqualTo("6");
		assertThat(csv).contains(",Sex,Female,c,").contains(",Sex,Not known,0,");
	}

	@Test
	void an_export_is_audited_as_an_export_of_the_return() throws Exception {
		csv("manager", "lea=" + LEA + "&year=2025");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where record_type = 'CIN_RETURN' and action = 'EXPORT'
				and username = 'manager' and child_id is null and detail like 'csv of the measures of LEA 811 2024-25%'""")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(1);
	}

	private XSSFWorkbook xlsx(String who, String query) throws Exception {
		byte[] body = mvc.perform(as(who, "/insight/export.xlsx?" + query))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DashboardPages.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(body));
	}

	private static Row row(Sheet sheet, String measureKey) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(3).getStringCellValue().equals(measureKey)
					&& row.getCell(5).getStringCellValue().equals("All")) {
				return row;
			}
		}
		throw new AssertionError("no row for " + measureKey);
	}

	@Test
	void the_workbook_holds_numbers_as_numbers_and_no_formulas() throws Exception {
		try (XSSFWorkbook workbook = xlsx("analyst", "lea=" + LEA + "&year=2025")) {
			Sheet measures = workbook.getSheet("Measures");
			assertThat(measures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LEA");
			Cell referrals = row(measures, "referrals").getCell(7);
			assertThat(referrals.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(referrals.getNumericCellValue()).isEqualTo(3.0);
			assertThat(row(measures, "cpp_open_neglect").getCell(8).getNumericCellValue()).isEqualTo(100.0);
			assertThat(row(measures, "referrals").getCell(2).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2025, 3, 31));
			Sheet trend = workbook.getSheet("Trend");
			assertThat(trend.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2023-24");
			assertThat(trend.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Referrals in the year");
			assertThat(trend.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7.0);
			assertThat(workbook.getSheet("Notes").getRow(3).getCell(0).getStringCellValue()).startsWith("Raw counts");
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	@Test
	void the_workbook_withholds_small_numbers_for_a_manager() throws Exception {
		try (XSSFWorkbook workbook = xlsx("manager", "lea=" + LEA + "&year=2025")) {
			Cell referrals = row(workbook.getSheet("Measures"), "referrals").getCell(7);
			assertThat(referrals.getCellType()).isEqualTo(CellType.STRING);
			assertThat(referrals.getStringCellValue()).isEqualTo("c");
			assertThat(workbook.getSheet("Notes").getRow(3).getCell(0).getStringCellValue())
				.startsWith("Counts from 1 to 4 are shown as c");
		}
	}

	private String pdfText(String who, String query) throws Exception {
		byte[] pdf = mvc.perform(as(who, "/insight/report.pdf?" + query))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString(".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(3);
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void the_quarterly_report_has_a_title_page_each_measure_the_trend_and_notes() throws Exception {
		String text = pdfText("analyst", "lea=" + LEA + "&year=2025");
		assertThat(text).contains("OFFICIAL", "Neglect measures from the Children in Need census",
				"Quarterly report to the quality and performance subgroup", "Local authority (LEA) " + LEA,
				"Census return 2024-25", "Reference date 31 March 2025", "Quarter ");
		for (Measure measure : Measure.values()) {
			assertThat(text).contains(measure.label());
		}
		assertThat(text).contains("England: 50.5% at 31 March 2020", "England: 22% in 2023-24", "England: 4.4% in 2024-25",
				"Department for Education, Characteristics of children in need");
		assertThat(text).contains("Trend across the returns", "2023-24", "Notes", "Small numbers");
		// the live measures from Seen's own records, beside the census
		assertThat(text).contains("Live measures from Seen's own records", "Assessments completed", "Plans drifting",
				"Referrals to the front door", "Escalations by stage and outcome");
		assertThat(text).doesNotContain("OFFICIAL-SENSITIVE");
	}

	@Test
	void the_quarterly_report_is_for_sharing_so_it_withholds_small_numbers_even_for_analysts() throws Exception {
		String text = pdfText("analyst", "lea=" + LEA + "&year=2025&breakdown=sex");
		assertThat(text).contains("Children on a child protection plan at the reference date", "Count: 6.");
		assertThat(text).contains("Referrals in the year Referrals to children's social care received in the year. "
				+ "A child referred twice is counted twice. Count: c.");
		assertThat(text).contains("Broken down by Sex");
		assertThat(text).doesNotContain("Count: 3.");
	}

	@Test
	void with_no_returns_for_a_filter_the_files_say_what_is_wrong() throws Exception {
		mvc.perform(as("manager", "/insight/report.pdf?lea=" + LEA + "&year=2019"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("%PDF"))));
	}
}
