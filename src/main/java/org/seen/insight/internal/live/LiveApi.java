package org.seen.insight.internal.live;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.web.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The live measures from Seen's own records, and uploading the deprivation lookup. Definitions: docs/live-measures.md. */
@RestController
@Tag(name = "Live measures", description = "Measures from Seen's own records by quarter; the deprivation lookup")
class LiveApi {

	private final LiveReading reading;

	private final DeprivationLookup lookup;

	private final CurrentActor actor;

	LiveApi(LiveReading reading, DeprivationLookup lookup, CurrentActor actor) {
		this.reading = reading;
		this.lookup = lookup;
		this.actor = actor;
	}

	@GetMapping("/api/v1/insight/live")
	@Operation(summary = "Every live measure by quarter (oldest first) with its breakdowns; counts from 1 to 4, and "
			+ "medians resting on them, are \"c\" for everyone but analysts; measures Seen cannot take yet are "
			+ "listed with their status and no values")
	Map<String, Object> live(@RequestParam(defaultValue = "8") String quarters) {
		int count;
		try {
			count = Integer.parseInt(quarters.trim());
		}
		catch (NumberFormatException ex) {
			count = -1;
		}
		if (count < 1 || count > LiveMeasures.MAX_QUARTERS) {
			throw new InvalidInput("quarters", "must be a whole number from 1 to " + LiveMeasures.MAX_QUARTERS);
		}
		return body(reading.read(actor.get(), count, "API"));
	}

	@PostMapping(path = "/api/v1/insight/deprivation", consumes = "text/csv")
	@Operation(summary = "Replace the deprivation lookup with a CSV file (postcode,lsoa,imd_decile with that header); "
			+ "any bad line stores nothing (422, naming every bad line)")
	ResponseEntity<Map<String, Object>> upload(@RequestBody(required = false) String csv) {
		int rows = lookup.upload(actor.get(), csv);
		return ResponseEntity.created(URI.create("/api/v1/insight/live")).body(Map.of("rows", rows));
	}

	@ExceptionHandler(DeprivationLookup.Rejected.class)
	ResponseEntity<ProblemDetail> rejected(DeprivationLookup.Rejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.count() + " problem(s) in the file" + (ex.count() > ex.problems().size()
						? " (the first " + ex.problems().size() + " are listed)" : "") + ". Nothing was stored.");
		problem.setTitle("Deprivation lookup rejected");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errorCount", ex.count());
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(p -> Map.<String, Object>of("line", p.line(), "message", p.message()))
			.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	static Map<String, Object> body(LiveView view) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("suppressed", view.suppressed());
		body.put("quarters", view.quarters().stream().map(q -> {
			Map<String, Object> quarter = new LinkedHashMap<>();
			quarter.put("key", q.key());
			quarter.put("label", q.label());
			quarter.put("start", q.start().toString());
			quarter.put("end", q.end().toString());
			quarter.put("asAt", q.asAt().toString());
			quarter.put("complete", q.complete());
			return quarter;
		}).toList());
		Map<String, Object> measures = new LinkedHashMap<>();
		Map<String, Object> breakdowns = new LinkedHashMap<>();
		for (LiveView.MeasureView measure : view.measures()) {
			if (!measure.recorded()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("label", measure.label());
				entry.put("measure", measure.key());
				entry.put("status", measure.status());
				measures.put(measure.key(), entry);
				continue;
			}
			for (LiveView.SeriesView series : measure.series()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("label", series.label());
				entry.put("measure", measure.key());
				entry.put("values", series.values());
				measures.put(series.key(), entry);
			}
			for (LiveView.BreakdownView breakdown : measure.breakdowns()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> bySeries = (Map<String, Object>) breakdowns.computeIfAbsent(breakdown.series(),
						key -> {
							Map<String, Object> entry = new LinkedHashMap<>();
							entry.put("period", measure.atQuarterEnd() ? "latest quarter" : "all quarters");
							return entry;
						});
				Map<String, Object> cells = new LinkedHashMap<>();
				breakdown.cells().forEach(cell -> cells.put(cell.category(), cell.value()));
				bySeries.put(breakdown.dimension().key(), cells);
			}
		}
		body.put("measures", measures);
		body.put("breakdowns", breakdowns);
		return body;
	}
}
