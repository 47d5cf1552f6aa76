package org.seen.insight.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Shares from shown counts, the report's quarter, and the spreadsheet files' guard against formulas. */
class SharesAndExportsTest {

	@Test
	void a_share_is_withheld_when_either_count_is_and_absent_with_nothing_to_divide_by() {
		assertThat(Share.of(10L, 40L)).isEqualTo(new BigDecimal("25.0"));
		assertThat(Share.of(1L, 3L)).isEqualTo(new BigDecimal("33.3"));
		assertThat(Share.of("c", 40L)).isEqualTo("c");
		assertThat(Share.of(10L, "c")).isEqualTo("c");
		assertThat(Share.of(0L, 0L)).isNull();
		assertThat(Figures.share(null)).isEqualTo(Figures.NO_SHARE);
		assertThat(Figures.count(12345L)).isEqualTo("12,345");
		assertThat(Figures.share(new BigDecimal("4.4"))).isEqualTo("4.4%");
	}

	@Test
	void quarters_follow_the_financial_year() {
		assertThat(QuarterlyReport.quarter(LocalDate.of(2026, 4, 1))).isEqualTo("Quarter 1, 2026-27");
		assertThat(QuarterlyReport.quarter(LocalDate.of(2026, 9, 30))).isEqualTo("Quarter 2, 2026-27");
		assertThat(QuarterlyReport.quarter(LocalDate.of(2026, 11, 24))).isEqualTo("Quarter 3, 2026-27");
		assertThat(QuarterlyReport.quarter(LocalDate.of(2027, 3, 31))).isEqualTo("Quarter 4, 2026-27");
		assertThat(QuarterlyReport.quarter(LocalDate.of(2100, 1, 1))).isEqualTo("Quarter 4, 2099-00");
	}

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
			"\t=1", "\r=1");

	@Test
	void text_a_spreadsheet_would_evaluate_is_written_as_text() {
		for (String formula : FORMULAS) {
			assertThat(ExportTable.text(formula)).isEqualTo("'" + formula);
		}
		assertThat(ExportTable.text("Referrals in the year")).isEqualTo("Referrals in the year");
		assertThat(ExportTable.cell(-3L)).isEqualTo(-3L);
		assertThat(ExportTable.cell("c")).isEqualTo("c");
	}

	private static ExportTable hostile() {
		List<List<Object>> rows = new ArrayList<>();
		for (String formula : FORMULAS) {
			rows.add(Arrays.asList(ExportTable.cell(formula), 7L, new BigDecimal("12.5"), null));
		}
		return new ExportTable(List.of("Text", "Count", "Share (%)", "Empty"), rows);
	}

	@Test
	void csv_cells_from_data_never_start_a_formula() throws Exception {
		String csv = new String(SpreadsheetFiles.csv(hostile()), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Text,Count,Share (%),Empty\r\n").contains(",7,12.5,\r\n");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertThat(records).hasSize(FORMULAS.size() + 1);
		for (int r = 1; r < records.size(); r++) {
			assertThat(records.get(r).get(0)).isEqualTo("'" + FORMULAS.get(r - 1));
			assertThat(records.get(r).get(1)).isEqualTo("7");
			assertThat(records.get(r).get(2)).isEqualTo("12.5");
		}
	}

	@Test
	void xlsx_cells_from_data_are_text_or_numbers_and_never_formulas() throws Exception {
		byte[] xlsx = SpreadsheetFiles.xlsx(hostile(), hostile(), List.of("=notes"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Measures");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Text");
			for (int r = 1; r <= FORMULAS.size(); r++) {
				Row row = sheet.getRow(r);
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + FORMULAS.get(r - 1));
				assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7.0);
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(12.5);
				assertThat(row.getCell(3)).isNull();
			}
			assertThat(workbook.getSheet("Notes").getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=notes");
			for (Sheet each : workbook) {
				for (Row row : each) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}
}
