package org.seen.insight.internal.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The dashboard written as CSV and as an XLSX workbook. Nothing from the data is ever written as a formula. */
final class SpreadsheetFiles {

	private SpreadsheetFiles() {
	}

	/** RFC 4180 CSV (CRLF line ends), a header row, then the measures. */
	static byte[] csv(ExportTable table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(table.header());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A workbook: the measures, the trend, and notes on what the figures are and what is withheld. */
	static byte[] xlsx(ExportTable measures, ExportTable trend, List<String> notes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			sheet(workbook.createSheet("Measures"), measures, bold, date);
			sheet(workbook.createSheet("Trend"), trend, bold, date);
			Sheet notesSheet = workbook.createSheet("Notes");
			for (int i = 0; i < notes.size(); i++) {
				notesSheet.createRow(i).createCell(0).setCellValue(ExportTable.text(notes.get(i)));
			}
			notesSheet.setColumnWidth(0, 120 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(Sheet sheet, ExportTable table, CellStyle bold, CellStyle dateStyle) {
		Row header = sheet.createRow(0);
		for (int c = 0; c < table.header().size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(table.header().get(c));
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(0, 1);
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> values = table.rows().get(r);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof BigDecimal decimal) {
					cell.setCellValue(decimal.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(dateStyle);
				}
				else {
					// a string cell is stored as text and never evaluated
					cell.setCellValue(value.toString());
				}
			}
		}
		// the measure's name is the long column: the fifth of the measures, the first of the trend
		int wide = table.header().equals(ExportTable.HEADER) ? 4 : 0;
		for (int c = 0; c < table.header().size(); c++) {
			sheet.setColumnWidth(c, (c == wide ? 70 : 16) * 256);
		}
	}
}
