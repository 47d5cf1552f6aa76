package org.seen.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.access.Role;
import org.seen.agencies.PractitionerDirectory;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Raising a professional disagreement, following it stage by stage, and the partnership's list. */
@Controller
class EscalationPages {

	static final String RAISE = "escalation/raise";

	static final String VIEW = "escalation/escalation";

	static final String MOVE_UP = "escalation/move-up";

	static final String RESOLVE = "escalation/resolve";

	static final String LIST = "escalation/list";

	static final String STALE = "Someone else changed this escalation while you were working on it. "
			+ "Check where it stands now and make your change again.";

	private final ChildEscalations escalations;

	private final PractitionerDirectory directory;

	private final CurrentActor actor;

	EscalationPages(ChildEscalations escalations, PractitionerDirectory directory,
			CurrentActor actor) {
		this.escalations = escalations;
		this.directory = directory;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/escalations/new")
	String raiseForm(@PathVariable UUID childId, Model model) {
		Actor me = actor.get();
		return raise(model, me, escalations.admit(me, childId), RaiseForm.empty(), new FormErrors());
	}

	@PostMapping("/children/{childId}/escalations/new")
	String raise(@PathVariable UUID childId, RaiseForm form, Model model, RedirectAttributes redirect) {
		Escalation raised;
		try {
			raised = escalations.raise(actor.get(), childId, form.raising());
		}
		catch (InvalidInput ex) {
			Actor me = actor.get();
			return raise(model, me, escalations.admit(me, childId), form, problems(ex));
		}
		redirect.addFlashAttribute("success", "Disagreement raised as " + raised.reference());
		return "redirect:/escalations/" + raised.id();
	}

	/** Offers only the agencies working with the child, other than the actor's, and their people. */
	private String raise(Model model, Actor me, ChildSummary child, RaiseForm form, FormErrors errors) {
		List<ChildEscalations.AgencyChoice> agencies = escalations.agenciesToRaiseWith(me, child.id());
		Set<UUID> offered = agencies.stream().map(ChildEscalations.AgencyChoice::id).collect(Collectors.toSet());
		model.addAttribute("child", child);
		model.addAttribute("form", form);
		model.addAttribute("subjects", Subject.values());
		model.addAttribute("agencies", agencies);
		model.addAttribute("people", directory.people().stream().filter(p -> offered.contains(p.agencyId())).toList());
		model.addAttribute("days", escalations.today());
		model.addAttribute("errors", errors.inOrder("subject", "concern", "wanted", "withAgency", "withPractitioner"));
		return RAISE;
	}

	@GetMapping("/escalations/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("view", escalations.read(actor.get(), id));
		return VIEW;
	}

	@GetMapping("/escalations/{id}/move-up")
	String moveUpForm(@PathVariable UUID id, Model model) {
		EscalationView view = escalations.read(actor.get(), id);
		if (!view.mayAct() || view.escalation().atLastStage()) {
			return "redirect:/escalations/" + id;
		}
		return stageForm(model, MOVE_UP, view, StageForm.at(view.escalation().version()), new FormErrors());
	}

	@PostMapping("/escalations/{id}/move-up")
	String moveUp(@PathVariable UUID id, StageForm form, Model model, RedirectAttributes redirect) {
		try {
			Escalation moved = escalations.moveUp(actor.get(), id, form.expectedVersion(), form.moveUp());
			redirect.addFlashAttribute("success", "Moved up to stage " + moved.stage() + ": " + moved.currentStage().label());
			return "redirect:/escalations/" + id;
		}
		catch (InvalidInput ex) {
			return stageForm(model, MOVE_UP, escalations.read(actor.get(), id), form, problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			EscalationView now = escalations.read(actor.get(), id);
			return stageForm(model, MOVE_UP, now, withVersion(form, now), new FormErrors().reject("stale", STALE));
		}
	}

	@GetMapping("/escalations/{id}/resolve")
	String resolveForm(@PathVariable UUID id, Model model) {
		EscalationView view = escalations.read(actor.get(), id);
		if (!view.mayAct()) {
			return "redirect:/escalations/" + id;
		}
		return stageForm(model, RESOLVE, view, StageForm.at(view.escalation().version()), new FormErrors());
	}

	@PostMapping("/escalations/{id}/resolve")
	String resolve(@PathVariable UUID id, StageForm form, Model model, RedirectAttributes redirect) {
		try {
			escalations.resolve(actor.get(), id, form.expectedVersion(), form.resolution());
			redirect.addFlashAttribute("success", "Escalation resolved");
			return "redirect:/escalations/" + id;
		}
		catch (InvalidInput ex) {
			return stageForm(model, RESOLVE, escalations.read(actor.get(), id), form, problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			EscalationView now = escalations.read(actor.get(), id);
			return stageForm(model, RESOLVE, now, withVersion(form, now), new FormErrors().reject("stale", STALE));
		}
	}

	/** What was typed stays; the version moves on to what the page now shows, so saving again is deliberate. */
	private static StageForm withVersion(StageForm form, EscalationView now) {
		return new StageForm(String.valueOf(now.escalation().version()), form.handledBy(), form.discussed(),
				form.reason(), form.outcome(), form.outcomeDetail(), form.learning());
	}

	private String stageForm(Model model, String template, EscalationView view, StageForm form, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("errors", errors.inOrder("stale", "stage", "handledBy", "discussed", "reason", "outcome",
				"outcomeDetail", "learning"));
		return template;
	}

	@GetMapping("/escalations")
	String list(Model model) {
		Actor me = actor.get();
		List<EscalationView> open = escalations.open(me);
		List<StageGroup> groups = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			groups.add(new StageGroup(stage, open.stream().filter(v -> v.escalation().stage() == stage.number()).toList()));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("total", open.size());
		model.addAttribute("overdue", open.stream().filter(EscalationView::overdue).count());
		model.addAttribute("partnership", me.is(Role.ANALYST) || me.is(Role.AUDITOR) || me.is(Role.ADMINISTRATOR));
		return LIST;
	}

	/** Open escalations at one stage, for the partnership's list. */
	public record StageGroup(Stage stage, List<EscalationView> escalations) {
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}
}
