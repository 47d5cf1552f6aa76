package org.seen.insight.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.seen.access.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Children in Need census returns: import (the XML as the body, streamed, never buffered),
 * and the measures of each return and across an LEA's returns. Format: docs/cin-census.md.
 */
@RestController
@Tag(name = "Children in Need census", description = "Import CIN census returns and read their neglect measures")
class CensusApi {

	private final CensusImport importer;

	private final CensusFigures figures;

	private final CurrentActor actor;

	CensusApi(CensusImport importer, CensusFigures figures, CurrentActor actor) {
		this.importer = importer;
		this.figures = figures;
		this.actor = actor;
	}

	@PostMapping(path = "/api/v1/cin-returns", consumes = { "application/xml", "text/xml" })
	@Operation(summary = "Import a CIN census return (analysts); any error imports nothing (422), "
			+ "a return for the same LEA and year replaces the earlier one; 413 above the size limit")
	ResponseEntity<Map<String, Object>> importReturn(HttpServletRequest request) throws IOException {
		// a declared length over the limit is refused before a byte is read
		if (declaredLength(request) > importer.maxBytes()) {
			throw new CensusTooLarge(importer.maxBytes());
		}
		ImportedReturn imported = importer.importReturn(actor.get(), request.getInputStream());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", imported.id());
		body.put("lea", imported.lea());
		body.put("year", imported.year());
		body.put("referenceDate", imported.referenceDate());
		body.put("children", imported.children());
		body.put("warnings", imported.warnings().stream().map(CensusApi::problem).toList());
		body.put("warningCount", imported.warningCount());
		if (imported.replaced() != null) {
			body.put("replaced", imported.replaced());
		}
		return ResponseEntity.created(URI.create("/api/v1/cin-returns/" + imported.id())).body(body);
	}

	@GetMapping("/api/v1/cin-returns")
	@Operation(summary = "List the imported returns")
	List<Map<String, Object>> list() {
		return figures.list(actor.get()).stream().map(CensusApi::summary).toList();
	}

	@GetMapping("/api/v1/cin-returns/{id}")
	@Operation(summary = "One imported return")
	Map<String, Object> one(@PathVariable UUID id) {
		return summary(figures.find(actor.get(), id));
	}

	@GetMapping("/api/v1/cin-returns/{id}/measures")
	@Operation(summary = "Every neglect measure of the return with its breakdowns; counts from 1 to 4 (and rates "
			+ "built from them) are \"c\" for everyone but analysts")
	Map<String, Object> measures(@PathVariable UUID id) {
		return measures(figures.measures(actor.get(), id));
	}

	@GetMapping("/api/v1/cin-trends/{lea}")
	@Operation(summary = "The measures of every return of the LEA, oldest first")
	Map<String, Object> trend(@PathVariable String lea) {
		List<CensusFigures.Shown> shown = figures.trend(actor.get(), lea);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("lea", lea);
		body.put("returns", shown.stream().map(CensusApi::measures).toList());
		return body;
	}

	@ExceptionHandler(CensusRejected.class)
	ResponseEntity<ProblemDetail> rejected(CensusRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.errorCount() + " error(s) in the return" + (ex.errorCount() > ex.errors().size()
						? " (the first " + ex.errors().size() + " are listed)" : "") + ". Nothing was imported.");
		problem.setTitle("Census return rejected");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errorCount", ex.errorCount());
		problem.setProperty("errors", ex.errors().stream().map(CensusApi::problem).toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler(CensusTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(CensusTooLarge ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"A census return may be at most " + ex.limit() + " bytes. Nothing was imported.");
		problem.setTitle("Census return too large");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	private static long declaredLength(HttpServletRequest request) {
		String header = request.getHeader("Content-Length");
		try {
			return Math.max(request.getContentLengthLong(), header == null ? -1 : Long.parseLong(header.trim()));
		}
		catch (NumberFormatException ex) {
			return request.getContentLengthLong();
		}
	}

	static Map<String, Object> problem(CensusProblem p) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("LAchildID", p.laChildId());
		map.put("element", p.element());
		map.put("line", p.line());
		map.put("message", p.message());
		return map;
	}

	private static Map<String, Object> summary(CensusReturn census) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", census.id());
		body.put("lea", census.lea());
		body.put("year", census.year());
		body.put("collectionYear", census.label());
		body.put("referenceDate", census.referenceDate());
		body.put("children", census.children());
		body.put("warningCount", census.warnings());
		body.put("importedAt", census.importedAt());
		body.put("importedBy", census.importedBy());
		return body;
	}

	private static Map<String, Object> measures(CensusFigures.Shown shown) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", shown.census().id());
		body.put("lea", shown.census().lea());
		body.put("year", shown.census().year());
		body.put("referenceDate", shown.census().referenceDate());
		body.put("suppressed", shown.suppressed());
		body.put("measures", shown.measures());
		body.put("rates", shown.rates());
		body.put("breakdowns", shown.breakdowns());
		return body;
	}
}
