package org.seen.assessment.internal.tools;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.assessment.AgeBand;
import org.seen.assessment.NeglectType;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolArea;
import org.seen.assessment.ToolItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment tools for agency systems and other clients. A restricted tool the caller is not
 * accredited for is listed, so a client can say it exists, but without its content: the wording of
 * a licensed tool goes only to those the licence covers.
 */
@RestController
@Tag(name = "Assessment tools", description = "The tools a graded assessment is made with, and every version of them")
class ToolsApi {

	private final ToolLibrary library;

	private final CurrentActor actor;

	ToolsApi(ToolLibrary library, CurrentActor actor) {
		this.library = library;
		this.actor = actor;
	}

	@GetMapping("/api/v1/tools")
	@Operation(summary = "The newest version of each tool, and whether you may use it (areas are left out of a "
			+ "restricted tool you are not accredited for)")
	List<ToolJson> current() {
		UUID practitioner = actor.get().practitionerId();
		return library.current().stream().map(tool -> json(tool, practitioner)).toList();
	}

	@GetMapping("/api/v1/tools/{toolId}/versions/{version}")
	@Operation(summary = "One version of a tool, old or current; 404 if the library has no such version")
	ToolJson version(@PathVariable String toolId, @PathVariable int version) {
		Tool tool = library.find(toolId, version).orElseThrow(() -> notFound(toolId, version));
		return json(tool, actor.get().practitionerId());
	}

	private ToolJson json(Tool tool, UUID practitioner) {
		boolean mayUse = library.mayUse(practitioner, tool);
		return new ToolJson(tool.id(), tool.version(), tool.title(), tool.licence(), tool.restricted(), mayUse,
				tool.ageBands().stream().map(BandJson::of).toList(),
				mayUse ? tool.areas().stream().map(AreaJson::of).toList() : null);
	}

	private static ErrorResponseException notFound(String toolId, int version) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"The library has no version " + version + " of a tool with the id " + toolId + ".");
		problem.setTitle("Not found");
		problem.setType(URI.create("about:blank"));
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	record ToolJson(String id, int version, String title, String licence, boolean restricted, boolean mayUse,
			List<BandJson> ageBands, List<AreaJson> areas) {
	}

	record BandJson(String id, String label, boolean unborn, Integer fromMonths, Integer toMonths) {

		static BandJson of(AgeBand band) {
			return new BandJson(band.id(), band.label(), band.unborn(), band.unborn() ? null : band.fromMonths(),
					band.unborn() ? null : band.toMonths());
		}
	}

	record AreaJson(String id, String title, String summary, List<ItemJson> items) {

		static AreaJson of(ToolArea area) {
			return new AreaJson(area.id(), area.title(), area.summary(), area.items().stream().map(ItemJson::of).toList());
		}
	}

	/** {@code descriptors} maps "all" or a band id to grades "1" to "5"; a band's own set overrides "all". */
	record ItemJson(String id, String title, String guidance, List<String> prompts, Set<NeglectType> neglectTypes,
			List<String> ageBands, boolean household, String scale, Map<String, Map<Integer, String>> descriptors) {

		static ItemJson of(ToolItem item) {
			Map<String, Map<Integer, String>> descriptors = new LinkedHashMap<>();
			item.descriptors().forEach((band, five) -> {
				Map<Integer, String> grades = new LinkedHashMap<>();
				for (int i = 0; i < five.size(); i++) {
					grades.put(i + 1, five.get(i));
				}
				descriptors.put(band, grades);
			});
			return new ItemJson(item.id(), item.title(), item.guidance(), item.prompts(), item.neglectTypes(),
					item.ageBands(), item.household(), item.scale(), descriptors);
		}
	}
}
