package org.seen.assessment.internal.tools;

import java.util.Optional;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.assessment.Tool;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Who is accredited for a tool: the administrator adds and removes practitioners. */
@Controller
class AccreditationsPage {

	static final String VIEW = "assessment/tool-accreditations";

	private final ToolLibrary library;

	private final Accreditations accreditations;

	private final CurrentActor actor;

	AccreditationsPage(ToolLibrary library, Accreditations accreditations, CurrentActor actor) {
		this.library = library;
		this.accreditations = accreditations;
		this.actor = actor;
	}

	@GetMapping("/admin/tools/{toolId}/accreditations")
	String show(@PathVariable String toolId, Model model) {
		return show(require(toolId), null, model);
	}

	@PostMapping("/admin/tools/{toolId}/accreditations")
	String add(@PathVariable String toolId, @RequestParam(required = false) String practitioner, Model model) {
		Tool tool = require(toolId);
		Optional<UUID> id = parse(practitioner).filter(accreditations::accreditable);
		if (id.isEmpty()) {
			return show(tool, "Select the practitioner to accredit", model);
		}
		if (!accreditations.accredit(actor.get(), tool.id(), id.get())) {
			return show(tool, "That practitioner is already accredited for " + tool.title(), model);
		}
		return "redirect:/admin/tools/" + tool.id() + "/accreditations?added";
	}

	@PostMapping("/admin/tools/{toolId}/accreditations/{practitionerId}/remove")
	String remove(@PathVariable String toolId, @PathVariable String practitionerId) {
		Tool tool = require(toolId);
		UUID id = parse(practitionerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// removing one already removed (twice pressed, or by another administrator) leaves the same state
		accreditations.withdraw(actor.get(), tool.id(), id);
		return "redirect:/admin/tools/" + tool.id() + "/accreditations?removed";
	}

	private String show(Tool tool, String error, Model model) {
		model.addAttribute("tool", tool);
		model.addAttribute("accreditations", accreditations.of(tool.id()));
		model.addAttribute("candidates", accreditations.candidates(tool.id()));
		model.addAttribute("error", error);
		return VIEW;
	}

	private Tool require(String toolId) {
		if (!ToolDefinitionReader.ID.matcher(toolId).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return library.latest(toolId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<UUID> parse(String id) {
		try {
			return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.trim()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
