package org.seen.chronology.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bulk import of an agency's events from CSV; columns in docs/chronology-import.md. */
@RestController
@Tag(name = "Chronology import", description = "Import an agency's events from CSV, all or nothing")
class ChronologyImportApi {

	private final ChronologyImport importer;

	private final CurrentActor actor;

	ChronologyImportApi(ChronologyImport importer, CurrentActor actor) {
		this.importer = importer;
		this.actor = actor;
	}

	@PostMapping(path = "/api/v1/chronology/imports", consumes = "text/csv")
	@Operation(summary = "Import events from CSV for the token's agency; any bad line imports nothing (422)")
	Map<String, Integer> importCsv(@RequestBody(required = false) String csv) {
		ChronologyImport.Outcome outcome = importer.importCsv(actor.get(), csv);
		return Map.of("imported", outcome.imported(), "corrected", outcome.corrected(), "unchanged",
				outcome.unchanged());
	}

	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.problems().size() + " line(s) of the file are not valid. Nothing was imported.");
		problem.setTitle("Import rejected");
		problem.setType(URI.create("about:blank"));
		List<Map<String, Object>> errors = ex.problems()
			.stream()
			.map(p -> Map.<String, Object>of("line", p.line(), "field", p.column() == null ? "" : p.column(),
					"message", p.message()))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}
}
