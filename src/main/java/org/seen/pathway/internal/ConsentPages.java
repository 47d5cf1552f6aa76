package org.seen.pathway.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.pathway.LawfulBasis;
import org.seen.people.ChildSummary;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the family's consent to early help, and its withdrawal. */
@Controller
class ConsentPages {

	static final String NEW = "pathway/consent";

	static final String WITHDRAW = "pathway/withdraw";

	/** The radio for someone not recorded among the child's adults, such as the young person. */
	static final String SOMEONE_ELSE = "someone-else";

	private final ChildConsents consents;

	private final ChildLevels levels;

	private final CurrentActor actor;

	ConsentPages(ChildConsents consents, ChildLevels levels, CurrentActor actor) {
		this.consents = consents;
		this.levels = levels;
		this.actor = actor;
	}

	/** What was typed into the consent form, kept to show again when something is wrong. */
	record ConsentForm(String givenBy, String givenByName, String purpose, String how, DateInput givenOn,
			String lawfulBasis) {
	}

	@GetMapping("/children/{childId}/consents/new")
	String form(@PathVariable UUID childId, Model model) {
		ChildSummary child = levels.admit(actor.get(), childId, "consent form");
		return form(model, child, new ConsentForm(null, null,
				"Sharing information between the agencies working with the family, and an early help assessment and plan",
				null, DateInput.of(consents.today()), "CONSENT"), new FormErrors());
	}

	@PostMapping("/children/{childId}/consents/new")
	String record(@PathVariable UUID childId, @RequestParam(required = false) String givenBy,
			@RequestParam(required = false) String givenByName, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) String how, @RequestParam(required = false) String givenOnDay,
			@RequestParam(required = false) String givenOnMonth, @RequestParam(required = false) String givenOnYear,
			@RequestParam(required = false) String lawfulBasis, Model model, RedirectAttributes redirect) {
		ConsentForm typed = new ConsentForm(givenBy, givenByName, purpose, how,
				new DateInput(givenOnDay, givenOnMonth, givenOnYear), lawfulBasis);
		FormErrors errors = new FormErrors();
		LocalDate givenOn = typed.givenOn().parse("givenOn", "The date consent was given", errors);
		UUID adult = null;
		if (givenBy == null || givenBy.isBlank()) {
			errors.reject("givenBy", "Select who gave consent");
		}
		else if (!SOMEONE_ELSE.equals(givenBy)) {
			adult = uuid(givenBy);
			if (adult == null) {
				errors.reject("givenBy", "Select who gave consent");
			}
		}
		try {
			// the service checks everything again: a date that is not a real one reaches it as no date
			consents.record(actor.get(), childId, new ChildConsents.Given(adult,
					SOMEONE_ELSE.equals(givenBy) ? givenByName : null, purpose, parse(HowGiven.class, how), givenOn,
					parse(LawfulBasis.class, lawfulBasis)));
		}
		catch (InvalidInput ex) {
			ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
			errors.inOrder("givenBy", "purpose", "how", "givenOn", "lawfulBasis");
			return form(model, levels.admit(actor.get(), childId, "consent form"), typed, errors);
		}
		redirect.addFlashAttribute("success", "Consent to early help recorded");
		return "redirect:/children/" + childId + "/pathway";
	}

	private String form(Model model, ChildSummary child, ConsentForm form, FormErrors errors) {
		model.addAttribute("child", child);
		model.addAttribute("adults", consents.adults(child.id()));
		model.addAttribute("form", form);
		model.addAttribute("hows", Option.hows());
		model.addAttribute("bases", Option.bases(java.util.List.of(LawfulBasis.values())));
		model.addAttribute("errors", errors);
		return NEW;
	}

	@GetMapping("/consents/{id}/withdraw")
	String withdrawForm(@PathVariable UUID id, Model model) {
		Consent consent = consents.read(actor.get(), id);
		return withdraw(model, consent, DateInput.of(consents.today()), null, new FormErrors());
	}

	@PostMapping("/consents/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String withdrawnOnDay,
			@RequestParam(required = false) String withdrawnOnMonth, @RequestParam(required = false) String withdrawnOnYear,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		DateInput date = new DateInput(withdrawnOnDay, withdrawnOnMonth, withdrawnOnYear);
		FormErrors errors = new FormErrors();
		LocalDate on = date.parse("withdrawnOn", "The date consent was withdrawn", errors);
		Consent consent;
		try {
			consent = consents.withdraw(actor.get(), id, PathwayPages.version(version), on, reason);
		}
		catch (InvalidInput ex) {
			ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
			return withdraw(model, consents.read(actor.get(), id), date, reason, errors.inOrder("withdrawnOn", "reason"));
		}
		catch (OptimisticLockingFailureException ex) {
			return withdraw(model, consents.read(actor.get(), id), date, reason,
					new FormErrors().reject("withdrawnOn", PathwayPages.STALE));
		}
		redirect.addFlashAttribute("success", "Consent withdrawn");
		return "redirect:/children/" + consent.childId() + "/pathway";
	}

	private String withdraw(Model model, Consent consent, DateInput date, String reason, FormErrors errors) {
		model.addAttribute("consent", consent);
		model.addAttribute("child", levels.child(consent.childId()));
		model.addAttribute("withdrawnOn", date);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return WITHDRAW;
	}

	static UUID uuid(String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
