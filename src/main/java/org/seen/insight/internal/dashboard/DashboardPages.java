package org.seen.insight.internal.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.insight.internal.Breakdown;
import org.seen.insight.internal.CensusReturn;
import org.seen.insight.internal.Rate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The partnership's dashboard of the census measures, its CSV and XLSX exports and the quarterly
 * report for the quality and performance subgroup, all for the same filters. Analysts see raw
 * counts; managers, auditors and administrators see counts from 1 to 4 as "c".
 */
@Controller
class DashboardPages {

	static final String VIEW = "insight/dashboard/index";

	static final String REPORT = "insight/dashboard/report";

	/** The record type the census import and its readers are audited under. */
	static final String RECORD = "CIN_RETURN";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboard dashboard;

	private final org.seen.web.PrintedDocument pdf;

	private final AuditTrail audit;

	private final CurrentActor actor;

	/** The live measures' quarters in the printed report: the last year and the one before it. */
	static final int REPORT_QUARTERS = 8;

	private final org.seen.insight.internal.live.LiveReading live;

	DashboardPages(Dashboard dashboard, org.seen.web.PrintedDocument pdf, AuditTrail audit, CurrentActor actor,
			org.seen.insight.internal.live.LiveReading live) {
		this.live = live;
		this.dashboard = dashboard;
		this.pdf = pdf;
		this.audit = audit;
		this.actor = actor;
	}

	@GetMapping("/insight")
	String show(@ModelAttribute("filter") DashboardFilter filter, Model model, HttpServletResponse response) {
		Actor reader = actor.get();
		DashboardFilter.Choice choice = filter.choose(dashboard.returns(reader));
		model.addAttribute("choice", choice);
		model.addAttribute("errors", choice.errors());
		model.addAttribute("breakdowns", Breakdown.values());
		model.addAttribute("rates", Rate.values());
		if (choice.errors().any()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (choice.any()) {
			model.addAttribute("view", dashboard.view(reader, choice.census(), choice.breakdown()));
			model.addAttribute("query", choice.query());
		}
		return VIEW;
	}

	@GetMapping("/insight/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute DashboardFilter filter) {
		return export(filter, "csv", CSV, false, view -> SpreadsheetFiles.csv(ExportTable.measures(view)));
	}

	@GetMapping("/insight/export.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute DashboardFilter filter) {
		return export(filter, "xlsx", XLSX, false, view -> SpreadsheetFiles.xlsx(ExportTable.measures(view),
				ExportTable.trend(view), notes(view, dashboard.today())));
	}

	@GetMapping("/insight/report.pdf")
	ResponseEntity<byte[]> report(@ModelAttribute DashboardFilter filter) {
		// the report is written to be circulated, so small numbers are withheld even for analysts
		return export(filter, "pdf", MediaType.APPLICATION_PDF, true, view -> {
			Map<String, Object> model = new HashMap<>();
			model.put("view", view);
			model.put("report", QuarterlyReport.of(view, dashboard.today()));
			model.put("rates", Rate.values());
			model.put("live", live.forReport(actor.get(), REPORT_QUARTERS));
			return pdf.pdf(REPORT, model);
		});
	}

	private ResponseEntity<byte[]> export(DashboardFilter filter, String format, MediaType type, boolean toShare,
			java.util.function.Function<DashboardView, byte[]> write) {
		Actor reader = actor.get();
		DashboardFilter.Choice choice = filter.choose(dashboard.returns(reader));
		if (choice.errors().any()) {
			return plain(HttpStatus.BAD_REQUEST, choice.errors().problems().get(0).message() + ".");
		}
		if (!choice.any()) {
			return plain(HttpStatus.NOT_FOUND, "No census returns have been imported yet.");
		}
		CensusReturn census = choice.census();
		DashboardView view = dashboard.view(reader, census, choice.breakdown(), toShare);
		byte[] body = write.apply(view);
		audit.record(reader, AuditAction.EXPORT, RECORD, census.id(), null, format + " of the measures of LEA "
				+ census.lea() + " " + census.label() + (choice.breakdown() == null ? "" : " by " + choice.breakdown().key())
				+ (view.suppressed() ? ", small numbers withheld" : ", raw counts"));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(choice.fileName(format)).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	private static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(message.getBytes(StandardCharsets.UTF_8));
	}

	/** What the workbook's notes sheet says: what the figures are, when, and what is withheld. */
	static List<String> notes(DashboardView view, LocalDate today) {
		CensusReturn census = view.census();
		List<String> notes = new java.util.ArrayList<>(List.of(
				"Neglect measures from the Children in Need census return of LEA " + census.lea() + ", " + census.label()
						+ ", reference date " + census.referenceDate() + ".",
				"Exported on " + today + ".",
				"The year is the 12 months ending on the reference date. A neglect episode is one where an assessment "
						+ "recorded factor 16A.",
				view.suppressed()
						? "Counts from 1 to 4 are shown as c (the DfE's symbol for a figure withheld to protect "
								+ "confidentiality), as is any share built from one."
						: "Raw counts, for analysts: counts from 1 to 4 must be shown as c before the figures are shared.",
				"National figures: " + Rate.values()[0].source() + "."));
		for (Rate rate : Rate.values()) {
			notes.add(rate.label() + ": " + rate.national() + "% nationally " + rate.nationalWhen() + " ("
					+ rate.nationalCounts() + ").");
		}
		return notes;
	}
}
