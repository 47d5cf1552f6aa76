package org.seen.strategy.internal.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.learning.Register.Recommendation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every recommendation beside the aims and action items it serves, shaped like the appendix the
 * partnership used to keep in Word (Recommendation | Cross Ref), on a page and as a workbook.
 */
@Controller
class LearningCrossReferencePages {

	static final String PAGE = "strategy/learning/cross-references";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final List<String> HEADER = List.of("Review", "No.", "Recommendation", "Owner", "Agency", "Due",
			"Status", "Cross Ref: aims", "Cross Ref: action plan items", "Evidence of change");

	private final LearningRegister register;

	private final CurrentActor actor;

	LearningCrossReferencePages(LearningRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping("/strategy/learning/cross-references")
	String page(Model model) {
		model.addAttribute("recommendations", register.crossReferences(actor.get(), false));
		return PAGE;
	}

	@GetMapping("/strategy/learning/cross-references.xlsx")
	ResponseEntity<byte[]> workbook() {
		byte[] body = workbook(register.crossReferences(actor.get(), true));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("learning-from-reviews-cross-references.xlsx").build().toString())
			.body(body);
	}

	/** One row a recommendation; every value is written as text or a date, never as a formula. */
	static byte[] workbook(List<Recommendation> recommendations) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Sheet sheet = workbook.createSheet("Cross references");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(HEADER.get(c));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMM yyyy");
			int r = 1;
			for (Recommendation rec : recommendations) {
				Row row = sheet.createRow(r++);
				List<String> values = List.of(rec.reviewTitle(), String.valueOf(rec.position()), rec.text(),
						rec.ownerName(), rec.ownerAgencyName(), rec.dueOn() == null ? "" : rec.dueOn().format(date),
						rec.status().label() + (rec.notAcceptedReason() == null ? "" : ": " + rec.notAcceptedReason()),
						rec.allAims() ? "All"
								: String.join("\n", rec.aims().stream().map(a -> a.reference() + " " + a.statement()).toList()),
						String.join("\n", rec.items().stream().map(i -> i.reference() + " " + i.title()).toList()),
						String.join("\n", rec.evidence()
							.stream()
							.map(e -> e.changedOn().format(date) + ": " + e.whatChanged())
							.toList()));
				for (int c = 0; c < values.size(); c++) {
					Cell cell = row.createCell(c);
					cell.setCellValue(values.get(c));
					cell.setCellStyle(wrap);
				}
			}
			int[] widths = { 40, 6, 60, 24, 30, 14, 24, 50, 50, 60 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
