package org.seen.insight.internal.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.access.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The live measures page (each measure as a chart with its table, the deprivation section), its
 * CSV download, and the page for uploading the deprivation lookup.
 */
@Controller
class LivePage {

	static final String LIVE = "insight/live/live";

	static final String UPLOAD = "insight/live/deprivation";

	static final int QUARTERS = 8;

	/** The national lookup for England is about 2.7 million postcodes; a partnership's area is far smaller. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final LiveReading reading;

	private final DeprivationLookup lookup;

	private final CurrentActor actor;

	LivePage(LiveReading reading, DeprivationLookup lookup, CurrentActor actor) {
		this.reading = reading;
		this.lookup = lookup;
		this.actor = actor;
	}

	static final List<String> BY_DECILE = List.of("neglect_identified", "referrals", "plans_started");

	@GetMapping("/insight/live")
	String live(@RequestParam(required = false) Integer uploaded, Model model) {
		Actor me = actor.get();
		LiveView view = reading.read(me, QUARTERS, "page");
		model.addAttribute("view", view);
		// assessments, referrals and plans, each by deprivation decile
		model.addAttribute("byDecile", view.measures().stream()
			.filter(m -> BY_DECILE.contains(m.key()))
			.sorted(java.util.Comparator.comparingInt(m -> BY_DECILE.indexOf(m.key())))
			.toList());
		model.addAttribute("lookup", lookup.current()
			.map(current -> current.postcodes() + " postcodes, uploaded on "
					+ DAY.format(current.uploadedAt().atZone(LiveMeasures.LONDON)) + " by " + current.uploadedBy())
			.orElse(null));
		model.addAttribute("decile", LiveBreakdown.IMD_DECILE);
		model.addAttribute("mayUpload", mayUpload(me));
		if (uploaded != null) {
			model.addAttribute("done", "Deprivation lookup uploaded: " + uploaded + " postcodes replace the lookup");
		}
		return LIVE;
	}

	@GetMapping("/insight/live.csv")
	ResponseEntity<String> csv() {
		LiveView view = reading.export(actor.get(), QUARTERS);
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("measure", "series", "label"));
		view.quarters().forEach(quarter -> header.add(quarter.shortLabel()));
		csv.append(String.join(",", header.stream().map(LivePage::cell).toList())).append("\r\n");
		for (LiveView.MeasureView measure : view.measures()) {
			if (!measure.recorded()) {
				csv.append(String.join(",", List.of(cell(measure.key()), "", cell(measure.label()), cell(measure.status()))))
					.append("\r\n");
				continue;
			}
			for (LiveView.SeriesView series : measure.series()) {
				List<String> row = new ArrayList<>(List.of(cell(measure.key()), cell(series.key()), cell(series.label())));
				series.values().forEach(value -> row.add(cell(LiveView.text(value))));
				csv.append(String.join(",", row)).append("\r\n");
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"seen-live-measures.csv\"")
			.body(csv.toString());
	}

	@GetMapping("/insight/deprivation")
	String form(Model model) {
		model.addAttribute("problems", List.of());
		model.addAttribute("more", 0);
		return UPLOAD;
	}

	@PostMapping("/insight/deprivation")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		String fileName = file == null || file.getOriginalFilename() == null ? ""
				: file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
		if (file == null || file.isEmpty()) {
			return refuse(model, "Select a CSV file of postcodes, LSOA codes and deciles", List.of(), 0);
		}
		if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			return refuse(model, "The selected file must be a CSV file, ending .csv", List.of(), 0);
		}
		if (file.getSize() > MAX_BYTES) {
			return refuse(model, "The selected file must be smaller than 10 MB", List.of(), 0);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return refuse(model, "The selected file must be text saved as UTF-8", List.of(), 0);
		}
		catch (IOException ex) {
			return refuse(model, "The selected file could not be read: upload it again", List.of(), 0);
		}
		try {
			int rows = lookup.upload(actor.get(), text);
			return "redirect:/insight/live?uploaded=" + rows + "#deprivation";
		}
		catch (DeprivationLookup.Rejected rejected) {
			int count = rejected.count();
			return refuse(model, fileName + " has " + (count == 1 ? "a problem" : count + " problems")
					+ ": nothing was stored. Correct the file and upload it again", rejected.problems(), count);
		}
	}

	public static boolean mayUpload(Actor actor) {
		return actor.is(Role.ANALYST) || actor.is(Role.ADMINISTRATOR);
	}

	private static String refuse(Model model, String message, List<DeprivationLookup.LineProblem> problems, int count) {
		model.addAttribute("error", message);
		model.addAttribute("problems", problems);
		model.addAttribute("more", count > problems.size() ? count - problems.size() : 0);
		return UPLOAD;
	}

	/** A CSV cell, quoted when it must be. */
	private static String cell(String value) {
		return value.contains(",") || value.contains("\"") || value.contains("\n")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
