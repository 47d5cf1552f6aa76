package org.seen.assessment.internal.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.seen.access.CurrentActor;
import org.seen.assessment.internal.tools.ToolLibrary.LibraryEntry;
import org.seen.assessment.internal.tools.ToolLibrary.Upload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** The administrator's list of assessment tools and their versions, and uploading a tool's definition. */
@Controller
class ToolsPage {

	static final String LIST = "assessment/tools";

	static final String UPLOAD = "assessment/tool-upload";

	/**
	 * A real tool definition is tens of kilobytes. The server accepts larger uploads (see
	 * spring.servlet.multipart) only so that a file somewhat too large gets this page's message
	 * rather than a refused request.
	 */
	static final long MAX_BYTES = 1024 * 1024;

	private final ToolLibrary library;

	private final CurrentActor actor;

	ToolsPage(ToolLibrary library, CurrentActor actor) {
		this.library = library;
		this.actor = actor;
	}

	@GetMapping("/admin/tools")
	String list(@RequestParam(required = false) String uploaded, @RequestParam(required = false) String unchanged,
			@RequestParam(required = false) Integer version, Model model) {
		// the banner names the tool by its title, found from the id and version the upload redirected with
		String toolId = uploaded != null ? uploaded : unchanged;
		if (toolId != null && version != null && ToolDefinitionReader.ID.matcher(toolId).matches()) {
			library.find(toolId, version)
				.ifPresent(tool -> model.addAttribute("done", tool.title() + " version " + tool.version()
						+ (uploaded != null ? " uploaded: it is now in the library"
								: " was already in the library, word for word: nothing changed")));
		}
		Map<String, List<LibraryEntry>> byTool = new LinkedHashMap<>();
		library.entries().forEach(entry -> byTool.computeIfAbsent(entry.tool().id(), id -> new ArrayList<>()).add(entry));
		model.addAttribute("tools", byTool.values().stream().map(versions -> new ToolVersionsView(versions.get(0), versions)).toList());
		return LIST;
	}

	/** One tool on the list: its newest version first, then every version the library holds. */
	record ToolVersionsView(LibraryEntry current, List<LibraryEntry> versions) {
	}

	@GetMapping("/admin/tools/upload")
	String form() {
		return UPLOAD;
	}

	@PostMapping("/admin/tools/upload")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		String fileName = file == null || file.getOriginalFilename() == null ? ""
				: file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
		if (file == null || file.isEmpty()) {
			return refuse(model, "Select a tool definition file to upload", fileName, List.of());
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
			return refuse(model, "The selected file must be a YAML file, ending .yaml or .yml", fileName, List.of());
		}
		if (file.getSize() > MAX_BYTES) {
			return refuse(model, "The selected file must be smaller than 1 MB", fileName, List.of());
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
			return refuse(model, "The selected file must be text saved as UTF-8", fileName, List.of());
		}
		catch (IOException ex) {
			return refuse(model, "The selected file could not be read: upload it again", fileName, List.of());
		}
		Upload outcome = library.upload(actor.get(), fileName, text);
		if (outcome instanceof Upload.Refused refused) {
			int count = refused.problems().size();
			return refuse(model, fileName + " has " + (count == 1 ? "a problem" : count + " problems")
					+ ": nothing was stored. Correct the file and upload it again", fileName, refused.problems());
		}
		boolean stored = outcome instanceof Upload.Stored;
		var tool = stored ? ((Upload.Stored) outcome).tool() : ((Upload.Unchanged) outcome).tool();
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/tools")
			.queryParam(stored ? "uploaded" : "unchanged", tool.id())
			.queryParam("version", tool.version())
			.build()
			.encode()
			.toUriString();
	}

	private static String refuse(Model model, String message, String fileName, List<ToolDefinitionProblem> problems) {
		model.addAttribute("error", message);
		model.addAttribute("fileName", fileName);
		model.addAttribute("problems", problems);
		return UPLOAD;
	}
}
