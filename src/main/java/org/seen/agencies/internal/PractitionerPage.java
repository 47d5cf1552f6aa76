package org.seen.agencies.internal;

import java.util.UUID;

import org.seen.agencies.internal.AgencyAdministration.Team;
import org.seen.agencies.internal.PractitionerForm.PractitionerDetails;
import org.seen.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adding a practitioner, and changing one. A change made from a stale form (someone else changed
 * the practitioner meanwhile) is refused, and the form shows what is now stored.
 */
@Controller
class PractitionerPage {

	static final String VIEW = "agencies/practitioner-form";

	static final String STALE = "This practitioner's details were changed by someone else while you were editing them. "
			+ "The form now shows their changes: make yours again";

	private final AgencyAdministration agencies;

	PractitionerPage(AgencyAdministration agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/admin/practitioners/new")
	String newForm(@RequestParam(required = false) String agency, Model model) {
		UUID agencyId = agency == null ? null : AgencyPage.parse(agency).orElse(null);
		return show(null, PractitionerForm.empty(agencyId), null, model);
	}

	@PostMapping("/admin/practitioners/new")
	String add(@ModelAttribute("form") PractitionerForm form, Model model) {
		FormErrors errors = new FormErrors();
		PractitionerDetails details = check(form, errors);
		if (errors.any()) {
			return show(null, form, errors, model);
		}
		UUID id = agencies.addPractitioner(details);
		return "redirect:/admin/agencies/" + details.agencyId() + "?practitioner-added=" + id;
	}

	@GetMapping("/admin/practitioners/{id}")
	String changeForm(@PathVariable String id, Model model) {
		PractitionerRecord practitioner = require(id);
		return show(practitioner, PractitionerForm.of(practitioner), null, model);
	}

	@PostMapping("/admin/practitioners/{id}")
	String change(@PathVariable String id, @ModelAttribute("form") PractitionerForm form, Model model) {
		PractitionerRecord practitioner = require(id);
		FormErrors errors = new FormErrors();
		if (form.version() == null) {
			errors.reject("givenName", STALE);
			return show(practitioner, PractitionerForm.of(practitioner), errors, model);
		}
		PractitionerDetails details = check(form, errors);
		if (errors.any()) {
			return show(practitioner, form, errors, model);
		}
		if (!agencies.changePractitioner(practitioner.id(), form.version(), details)) {
			PractitionerRecord now = require(id);
			return show(now, PractitionerForm.of(now), new FormErrors().reject("givenName", STALE), model);
		}
		return "redirect:/admin/agencies/" + details.agencyId() + "?practitioner-changed=" + practitioner.id();
	}

	private PractitionerDetails check(PractitionerForm form, FormErrors errors) {
		PractitionerDetails details = form.check(errors);
		if (details.agencyId() != null && agencies.agency(details.agencyId()).isEmpty()) {
			errors.reject("agency", "Select the practitioner's agency");
		}
		if (details.teamId() != null) {
			Team team = agencies.team(details.teamId()).orElse(null);
			if (team == null) {
				errors.reject("team", "Select a team from the list, or no team");
			}
			else if (!team.agencyId().equals(details.agencyId())) {
				errors.reject("team", "Select a team of the practitioner's agency, or no team");
			}
		}
		return details;
	}

	private String show(PractitionerRecord practitioner, PractitionerForm form, FormErrors errors, Model model) {
		model.addAttribute("practitioner", practitioner);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		var all = agencies.agencies();
		var teams = agencies.allTeams();
		model.addAttribute("agencies", all);
		// the teams under their agency's name, so that the list works without JavaScript
		model.addAttribute("teamGroups", all.stream()
			.map(a -> new TeamGroup(a.name(), teams.stream().filter(t -> t.agencyId().equals(a.id())).toList()))
			.filter(g -> !g.teams().isEmpty())
			.toList());
		return VIEW;
	}

	record TeamGroup(String agencyName, java.util.List<Team> teams) {
	}

	private PractitionerRecord require(String id) {
		return AgencyPage.parse(id)
			.flatMap(agencies::practitioner)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
