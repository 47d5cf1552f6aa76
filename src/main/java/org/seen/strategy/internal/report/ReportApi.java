package org.seen.strategy.internal.report;

import org.seen.access.CurrentActor;
import org.seen.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly report over the API: its contents as JSON, or the PDF. The quarter is given as
 * "2026-27-Q2"; without one, the last quarter that has ended.
 */
@RestController
@RequestMapping("/api/v1/strategy")
class ReportApi {

	private final QuarterlyReport report;

	private final ReportPages pages;

	private final CurrentActor current;

	ReportApi(QuarterlyReport report, ReportPages pages, CurrentActor current) {
		this.report = report;
		this.pages = pages;
		this.current = current;
	}

	@GetMapping("/report")
	QuarterlyReport.Contents contents(@RequestParam(required = false) String quarter) {
		return report.contents(current.get(), chosen(quarter));
	}

	@GetMapping(value = "/report.pdf")
	ResponseEntity<byte[]> printed(@RequestParam(required = false) String quarter) {
		return pages.pdf(report.contents(current.get(), chosen(quarter)));
	}

	/** The quarter asked for, once the reader is known to be one: a quarter that has ended, of the last eight. */
	private ReportQuarter chosen(String quarter) {
		org.seen.strategy.internal.StrategyRoles.require(current.get(), org.seen.strategy.internal.StrategyRoles.READERS);
		if (quarter == null) {
			return report.choices().get(0);
		}
		ReportQuarter chosen = ReportQuarter.parse(quarter);
		if (chosen == null || !report.choices().contains(chosen)) {
			throw new InvalidInput("quarter",
					"Give one of the last eight quarters that have ended, as its financial year and number, like "
							+ report.choices().get(0).key());
		}
		return chosen;
	}
}
