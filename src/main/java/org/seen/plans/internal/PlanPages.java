package org.seen.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.seen.access.CurrentActor;
import org.seen.pathway.LawfulBasis;
import org.seen.people.ChildSummary;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a plan, the plan's page, accepting the lead, the next review date, and closing. */
@Controller
class PlanPages {

	static final String START = "plans/start";

	static final String PLAN = "plans/plan";

	static final String LIST = "plans/list";

	static final String DETAILS = "plans/details";

	static final String CLOSE = "plans/close";

	private final ChildPlans plans;

	private final CurrentActor actor;

	PlanPages(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/plans")
	String list(@PathVariable UUID childId, Model model) {
		model.addAttribute("plans", plans.ofChild(actor.get(), childId));
		model.addAttribute("child", plans.child(childId));
		return LIST;
	}

	@GetMapping("/children/{childId}/plans/new")
	String startForm(@PathVariable UUID childId, Model model) {
		ChildSummary child = plans.admit(actor.get(), childId);
		return start(model, child, null, null, DateInput.of(plans.today().plusWeeks(plans.settings().reviewIntervalWeeks())),
				null, null, new FormErrors());
	}

	@PostMapping("/children/{childId}/plans/new")
	String start(@PathVariable UUID childId, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		DateInput firstReview = PlanForms.date(form, "firstReviewOn");
		LocalDate firstReviewOn = firstReview.parse("firstReviewOn", "First review date", errors);
		String lead = form.getFirst("lead");
		String place = form.getFirst("meetingPlace");
		String reason = form.getFirst("withoutConsentReason");
		String basis = form.getFirst("withoutConsentLawfulBasis");
		String stepDownTo = form.getFirst("stepDownTo");
		model.addAttribute("stepDownTo", stepDownTo);
		if (firstReview.isBlank()) {
			errors.reject("firstReviewOn", "Enter the date of the first review");
		}
		if (errors.any()) {
			return start(model, plans.admit(actor.get(), childId), lead, place, firstReview, reason, basis, errors);
		}
		try {
			PlanView started = plans.start(actor.get(), childId, new Entries.Start(PlanForms.id(lead), place,
					firstReviewOn, reason, PlanForms.lawfulBasis(basis), stepDownTo));
			return "redirect:/plans/" + started.plan().id();
		}
		catch (InvalidInput ex) {
			return start(model, plans.admit(actor.get(), childId), lead, place, firstReview, reason, basis,
					PlanForms.problems(ex));
		}
		catch (AccessDeniedException ex) {
			// here by breaking glass: the page says why (offering no form), with the status that it is forbidden
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return start(model, plans.admit(actor.get(), childId), lead, place, firstReview, reason, basis,
					new FormErrors());
		}
	}

	private String start(Model model, ChildSummary child, String lead, String place, DateInput firstReview, String reason,
			String basis, FormErrors errors) {
		model.addAttribute("child", child);
		model.addAttribute("ready", plans.readiness(child.id()));
		model.addAttribute("worksWithChild", plans.worksWithChild(actor.get(), child.id()));
		// consent cannot be the basis for going ahead without it
		model.addAttribute("bases", List.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.LEGAL_OBLIGATION,
				LawfulBasis.VITAL_INTERESTS));
		model.addAttribute("withoutConsentLawfulBasis", basis);
		model.addAttribute("people", plans.people());
		model.addAttribute("earlyHelpLevels", plans.earlyHelpLevels());
		model.addAttribute("lead", lead);
		model.addAttribute("meetingPlace", place);
		model.addAttribute("firstReviewOn", firstReview);
		model.addAttribute("withoutConsentReason", reason);
		model.addAttribute("errors", errors);
		return START;
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable UUID id, Model model) {
		return plan(model, plans.read(actor.get(), id), new FormErrors());
	}

	private String plan(Model model, PlanView view, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("isLead", view.plan().leadPractitionerId().equals(actor.get().practitionerId()));
		model.addAttribute("errors", errors);
		return PLAN;
	}

	@PostMapping("/plans/{id}/accept-lead")
	String acceptLead(@PathVariable UUID id, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		try {
			plans.acceptLead(actor.get(), id, version(version));
		}
		catch (InvalidInput ex) {
			return plan(model, plans.read(actor.get(), id), PlanForms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return plan(model, plans.read(actor.get(), id), new FormErrors().reject("lead", ChildPlans.STALE));
		}
		redirect.addFlashAttribute("success", "You are now the lead professional for this plan");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/details")
	String detailsForm(@PathVariable UUID id, Model model) {
		PlanView view = plans.read(actor.get(), id);
		return details(model, view, DateInput.of(view.plan().nextReviewOn()), view.plan().meetingPlace(),
				view.plan().version(), new FormErrors());
	}

	@PostMapping("/plans/{id}/details")
	String details(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		DateInput next = PlanForms.date(form, "nextReviewOn");
		LocalDate nextOn = next.parse("nextReviewOn", "Next review date", errors);
		String place = form.getFirst("meetingPlace");
		int version = version(form.getFirst("version"));
		try {
			if (!errors.any()) {
				plans.changeDetails(actor.get(), id, version, nextOn, place);
				redirect.addFlashAttribute("success", "Plan details saved");
				return "redirect:/plans/" + id;
			}
		}
		catch (InvalidInput ex) {
			errors = PlanForms.problems(ex);
		}
		catch (OptimisticLockingFailureException ex) {
			PlanView now = plans.read(actor.get(), id);
			return details(model, now, DateInput.of(now.plan().nextReviewOn()), now.plan().meetingPlace(),
					now.plan().version(), new FormErrors().reject("nextReviewOn", ChildPlans.STALE));
		}
		return details(model, plans.read(actor.get(), id), next, place, version, errors);
	}

	private String details(Model model, PlanView view, DateInput next, String place, int version, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("nextReviewOn", next);
		model.addAttribute("meetingPlace", place);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return DETAILS;
	}

	@GetMapping("/plans/{id}/close")
	String closeForm(@PathVariable UUID id, Model model) {
		PlanView view = plans.read(actor.get(), id);
		return close(model, view, null, null, view.plan().version(), new FormErrors());
	}

	@PostMapping("/plans/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String note, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		int from = version(version);
		try {
			plans.close(actor.get(), id, from, reason, note);
		}
		catch (InvalidInput ex) {
			return close(model, plans.read(actor.get(), id), reason, note, from, PlanForms.problems(ex));
		}
		catch (AccessDeniedException ex) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return close(model, plans.read(actor.get(), id), reason, note, from,
					new FormErrors().reject("reason", ex.getMessage()));
		}
		catch (OptimisticLockingFailureException ex) {
			PlanView now = plans.read(actor.get(), id);
			return close(model, now, reason, note, now.plan().version(), new FormErrors().reject("reason", ChildPlans.STALE));
		}
		redirect.addFlashAttribute("success", "Plan closed");
		return "redirect:/plans/" + id;
	}

	/**
	 * The version a form was loaded at. Missing or not a number, it is -1, which matches no plan: the
	 * change is refused as a stale edit, with its message, rather than as a bad request.
	 */
	private static int version(String typed) {
		Integer version = PlanForms.number(typed);
		return version == null ? -1 : version;
	}

	private String close(Model model, PlanView view, String reason, String note, int version, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("reasons", Plan.ClosureReason.values());
		model.addAttribute("reason", reason);
		model.addAttribute("note", note);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return CLOSE;
	}
}
