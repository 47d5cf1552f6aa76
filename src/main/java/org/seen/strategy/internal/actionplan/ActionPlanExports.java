package org.seen.strategy.internal.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.strategy.internal.actionplan.ActionPlanReport.ItemLine;
import org.seen.strategy.internal.actionplan.ActionPlanReport.PriorityLine;
import org.seen.strategy.internal.actionplan.ActionPlanReport.Summary;
import org.seen.web.PrintedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The action plan as the appendix table partnerships publish: Priority | Lead | Activity | Key
 * Performance Indicators | Baseline | Target Date | Progress | Impact on Children and families, as a
 * spreadsheet and as a landscape PDF. Each download is audited as an export.
 */
@Controller
class ActionPlanExports {

	static final List<String> HEADINGS = List.of("Priority", "Lead", "Activity", "Key Performance Indicators",
			"Baseline", "Target Date", "Progress", "Impact on Children and families");

	static final String PRINTED = "strategy/action-plan/print";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final ActionPlanReport report;

	private final StrategyActionPlan plan;

	private final PrintedDocument printed;

	private final AuditTrail audit;

	private final CurrentActor actor;

	ActionPlanExports(ActionPlanReport report, StrategyActionPlan plan, PrintedDocument printed, AuditTrail audit,
			CurrentActor actor) {
		this.report = report;
		this.plan = plan;
		this.printed = printed;
		this.audit = audit;
		this.actor = actor;
	}

	private Summary summary(String format) {
		Actor who = actor.get();
		Summary summary = report.summary(who, plan.today());
		if (summary.strategyTitle() == null) {
			throw new RecordNotFound();
		}
		audit.record(who, AuditAction.EXPORT, "ACTION_PLAN", plan.current(who).orElseThrow().id(), null, format);
		return summary;
	}

	@GetMapping("/strategy/action-plan/export.xlsx")
	ResponseEntity<byte[]> spreadsheet() {
		Summary summary = summary("XLSX");
		return download(xlsx(summary), "action-plan.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/strategy/action-plan/export.pdf")
	ResponseEntity<byte[]> pdf() {
		Summary summary = summary("PDF");
		byte[] body = printed.pdf(PRINTED, Map.of("summary", summary, "preparedOn", DAY.format(plan.today()),
				"headings", HEADINGS));
		return download(body, "action-plan.pdf", MediaType.APPLICATION_PDF);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/** One sheet, a header row, then a row per action in the order of the plan; text only, no formulas. */
	static byte[] xlsx(Summary summary) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Action plan");
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
			CellStyle bold = book.createCellStyle();
			bold.cloneStyleFrom(wrap);
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			int r = 0;
			Row title = sheet.createRow(r++);
			title.createCell(0).setCellValue(summary.strategyTitle() + ": action plan at " + DAY.format(summary.asAt()));
			title.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(r++);
			for (int c = 0; c < HEADINGS.size(); c++) {
				header.createCell(c).setCellValue(HEADINGS.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			for (PriorityLine priority : summary.priorities()) {
				for (ItemLine item : priority.items()) {
					Row row = sheet.createRow(r++);
					List<String> cells = List.of(priority.position() + ". " + priority.title(), item.lead(),
							item.reference() + " " + item.title() + "\n" + item.activities(), item.kpiText(),
							item.baselineText(), item.targetText(), item.progressText(), item.impact());
					for (int c = 0; c < cells.size(); c++) {
						row.createCell(c).setCellValue(cells.get(c));
						row.getCell(c).setCellStyle(wrap);
					}
				}
			}
			int[] widths = { 22, 26, 48, 44, 18, 18, 52, 44 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 2);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
