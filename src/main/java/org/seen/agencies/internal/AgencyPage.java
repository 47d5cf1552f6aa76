package org.seen.agencies.internal;

import java.util.UUID;

import org.seen.agencies.internal.AgencyAdministration.Agency;
import org.seen.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** One agency: its details, its teams and its practitioners; and adding a team to it. */
@Controller
class AgencyPage {

	static final String VIEW = "agencies/agency";

	static final String NEW_TEAM = "agencies/new-team";

	private final AgencyAdministration agencies;

	AgencyPage(AgencyAdministration agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/admin/agencies/{id}")
	String show(@PathVariable String id, Model model) {
		Agency agency = require(id);
		model.addAttribute("agency", agency);
		model.addAttribute("teams", agencies.teams(agency.id()));
		model.addAttribute("practitioners", agencies.practitioners(agency.id()));
		return VIEW;
	}

	@GetMapping("/admin/agencies/{id}/teams/new")
	String teamForm(@PathVariable String id, Model model) {
		return showTeamForm(require(id), TeamForm.empty(), null, model);
	}

	@PostMapping("/admin/agencies/{id}/teams/new")
	String addTeam(@PathVariable String id, @ModelAttribute("form") TeamForm form, Model model) {
		Agency agency = require(id);
		FormErrors errors = form.check();
		if (errors.isEmpty() && agencies.teamNameTaken(agency.id(), form.trimmedName())) {
			errors.reject("name", duplicate(agency));
		}
		if (errors.any()) {
			return showTeamForm(agency, form, errors, model);
		}
		try {
			agencies.addTeam(agency.id(), form.trimmedName());
			return "redirect:/admin/agencies/" + agency.id() + "?team-added";
		}
		catch (DuplicateKeyException ex) {
			return showTeamForm(agency, form, errors.reject("name", duplicate(agency)), model);
		}
	}

	private String showTeamForm(Agency agency, TeamForm form, FormErrors errors, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return NEW_TEAM;
	}

	private static String duplicate(Agency agency) {
		return agency.name() + " already has a team with that name";
	}

	private Agency require(String id) {
		return parse(id).flatMap(agencies::agency).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static java.util.Optional<UUID> parse(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}
}
