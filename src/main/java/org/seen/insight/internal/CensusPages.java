package org.seen.insight.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.access.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The analysts' pages for census returns: the list with an upload form, and one return's
 * measures beside their national figures, with its breakdowns and a CSV of them.
 */
@Controller
class CensusPages {

	static final String LIST = "insight/census";

	static final String RETURN = "insight/census-return";

	/** How many of a rejected file's errors the page lists; the API lists up to 1,000. */
	static final int ERRORS_SHOWN = 100;

	private final CensusImport importer;

	private final CensusFigures figures;

	private final CurrentActor actor;

	private final AuditTrail audit;

	CensusPages(CensusImport importer, CensusFigures figures, CurrentActor actor, AuditTrail audit) {
		this.importer = importer;
		this.figures = figures;
		this.actor = actor;
		this.audit = audit;
	}

	@GetMapping("/insight/census")
	String list(Model model) {
		return listPage(model, List.of(), 0, null);
	}

	@PostMapping("/insight/census")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			return listPage(model, List.of(), 0, "Select a census return file (XML)");
		}
		try (InputStream in = file.getInputStream()) {
			ImportedReturn imported = importer.importReturn(actor.get(), in);
			return "redirect:/insight/census/" + imported.id() + "?imported=true";
		}
		catch (CensusRejected ex) {
			return listPage(model, ex.errors().stream().limit(ERRORS_SHOWN).toList(), ex.errorCount(), null);
		}
		catch (CensusTooLarge ex) {
			return listPage(model, List.of(), 0, tooLarge(importer.maxBytes()));
		}
	}

	static String tooLarge(long maxBytes) {
		return "The file must be smaller than " + (maxBytes >> 20) + " MB";
	}

	/** The list page, with the problems of a file just sent when there are any. */
	String listPage(Model model, List<CensusProblem> problems, long errorCount, String fileError) {
		Actor current = actor.get();
		model.addAttribute("returns", figures.list(current));
		model.addAttribute("maySend", current.is(Role.ANALYST));
		model.addAttribute("problems", problems);
		model.addAttribute("errorCount", errorCount);
		model.addAttribute("fileError", fileError);
		model.addAttribute("maxMegabytes", importer.maxBytes() >> 20);
		return LIST;
	}

	@GetMapping("/insight/census/{id}")
	String census(@PathVariable UUID id, @RequestParam(required = false) String imported, Model model) {
		CensusFigures.Shown shown = figures.measures(actor.get(), id);
		model.addAttribute("shown", shown);
		model.addAttribute("census", shown.census());
		model.addAttribute("measures", Measure.values());
		model.addAttribute("rates", Rate.values());
		model.addAttribute("breakdowns", Breakdown.values());
		model.addAttribute("imported", imported != null);
		model.addAttribute("warnings", figures.warnings(actor.get(), id));
		return RETURN;
	}

	@GetMapping("/insight/census/{id}/measures.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) throws IOException {
		Actor current = actor.get();
		CensusFigures.Shown shown = figures.measures(current, id);
		audit.record(current, AuditAction.EXPORT, CensusImport.RECORD, id, null, "measures as CSV");
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord("lea", "year", "reference_date", "measure", "breakdown", "category", "value");
			CensusReturn census = shown.census();
			for (Measure measure : Measure.values()) {
				csv.printRecord(census.lea(), census.label(), census.referenceDate(), measure.key(), "", "",
						shown.measures().get(measure.key()));
				@SuppressWarnings("unchecked")
				Map<String, Map<String, Object>> byBreakdown = (Map<String, Map<String, Object>>) shown.breakdowns()
					.get(measure.key());
				for (Breakdown breakdown : Breakdown.values()) {
					for (Map.Entry<String, Object> count : byBreakdown.get(breakdown.key()).entrySet()) {
						csv.printRecord(census.lea(), census.label(), census.referenceDate(), measure.key(),
								breakdown.key(), count.getKey(), count.getValue());
					}
				}
			}
			for (Rate rate : Rate.values()) {
				Object value = shown.rates().get(rate.key());
				csv.printRecord(census.lea(), census.label(), census.referenceDate(), rate.key(), "", "",
						value == null ? "" : value);
			}
		}
		String name = "cin-" + shown.census().lea() + "-" + shown.census().label() + "-measures.csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}
}
