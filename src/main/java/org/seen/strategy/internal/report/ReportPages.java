package org.seen.strategy.internal.report;

import java.util.HashMap;
import java.util.Map;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.web.FormErrors;
import org.seen.web.PrintedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quarterly report's page (choose the quarter, see what it holds) and the PDF itself. */
@Controller
class ReportPages {

	static final String VIEW = "strategy/report/index";

	static final String PRINTED = "strategy/report/report";

	private final QuarterlyReport report;

	private final PrintedDocument pdf;

	private final CurrentActor current;

	ReportPages(QuarterlyReport report, PrintedDocument pdf, CurrentActor current) {
		this.report = report;
		this.pdf = pdf;
		this.current = current;
	}

	@GetMapping("/strategy/report")
	String page(@RequestParam(required = false) String quarter, Model model) {
		Actor actor = current.get();
		StrategyRoles.require(actor, StrategyRoles.READERS);
		FormErrors errors = new FormErrors();
		ReportQuarter chosen = quarter == null ? report.choices().get(0) : ReportQuarter.parse(quarter);
		if (chosen == null || !report.choices().contains(chosen)) {
			errors.reject("quarter", "Choose a quarter from the list");
			chosen = report.choices().get(0);
		}
		model.addAttribute("errors", errors);
		model.addAttribute("quarters", report.choices());
		model.addAttribute("chosen", chosen);
		return VIEW;
	}

	@GetMapping("/strategy/report.pdf")
	ResponseEntity<byte[]> printed(@RequestParam(required = false) String quarter) {
		Actor actor = current.get();
		StrategyRoles.require(actor, StrategyRoles.READERS);
		ReportQuarter chosen = quarter == null ? report.choices().get(0) : ReportQuarter.parse(quarter);
		if (chosen == null || !report.choices().contains(chosen)) {
			// back to the page, which says what is wrong
			return ResponseEntity.status(303)
				.location(org.springframework.web.util.UriComponentsBuilder.fromPath("/strategy/report")
					.queryParam("quarter", quarter)
					.encode()
					.build()
					.toUri())
				.build();
		}
		return pdf(report.contents(actor, chosen));
	}

	ResponseEntity<byte[]> pdf(QuarterlyReport.Contents contents) {
		Map<String, Object> model = new HashMap<>();
		model.put("report", contents);
		byte[] body = pdf.pdf(PRINTED, model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("neglect-quarterly-report-" + contents.quarter().key() + ".pdf")
						.build()
						.toString())
			.body(body);
	}
}
