package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One sampled case: the panel's grades side by side, grading it, its findings and its actions. */
@Controller
class CasePages {

	static final String CASE = "strategy/case-audits/case";

	static final String GRADE = "strategy/case-audits/grade";

	static final String FINDING = "strategy/case-audits/finding";

	static final String ACTION = "strategy/case-audits/action";

	private final CaseAuditing auditing;

	private final CurrentActor actor;

	CasePages(CaseAuditing auditing, CurrentActor actor) {
		this.auditing = auditing;
		this.actor = actor;
	}

	private static String back(UUID id, int n) {
		return "redirect:/strategy/case-audits/" + id + "/cases/" + n;
	}

	@GetMapping("/strategy/case-audits/{id}/cases/{n}")
	String caseOf(@PathVariable UUID id, @PathVariable int n, Model model) {
		CaseAuditing.CaseView view = auditing.caseOf(actor.get(), id, n);
		model.addAttribute("view", view);
		model.addAttribute("me", actor.get().accountId());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", new FormErrors());
		}
		return CASE;
	}

	@GetMapping("/strategy/case-audits/{id}/cases/{n}/grade")
	String gradeForm(@PathVariable UUID id, @PathVariable int n, Model model) {
		CaseAuditing.CaseView view = auditing.caseOf(actor.get(), id, n);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		Grading mine = view.mine(actor.get().accountId());
		if (mine != null) {
			form.add("version", String.valueOf(mine.version()));
			mine.grades().forEach((q, e) -> {
				form.add("grade-" + q, e.grade().name());
				form.add("comment-" + q, e.comment());
			});
		}
		return showGrade(model, view, form, new FormErrors());
	}

	@PostMapping("/strategy/case-audits/{id}/cases/{n}/grade")
	String grade(@PathVariable UUID id, @PathVariable int n, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		var me = actor.get();
		CaseAuditing.CaseView view = auditing.caseOf(me, id, n);
		Map<UUID, String> grades = new HashMap<>();
		Map<UUID, String> comments = new HashMap<>();
		view.audit().template().questions().forEach(q -> {
			grades.put(q.id(), form.getFirst("grade-" + q.id()));
			comments.put(q.id(), form.getFirst("comment-" + q.id()));
		});
		Integer version = AuditForms.number(form.getFirst("version"));
		try {
			auditing.grade(me, id, n, version, grades, comments);
			redirect.addFlashAttribute("success", "Your grades for case " + n + " are saved.");
			return back(id, n);
		}
		catch (InvalidInput ex) {
			return showGrade(model, view, form, AuditForms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			CaseAuditing.CaseView now = auditing.caseOf(me, id, n);
			Grading mine = now.mine(me.accountId());
			form.set("version", mine == null ? null : String.valueOf(mine.version()));
			String first = "grade-" + now.audit().template().questions().get(0).id();
			return showGrade(model, now, form, new FormErrors().reject(first, CaseAuditing.STALE));
		}
	}

	private String showGrade(Model model, CaseAuditing.CaseView view, MultiValueMap<String, String> form,
			FormErrors errors) {
		if (!view.audit().onPanel()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the panel grades cases.");
		}
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return GRADE;
	}

	@GetMapping("/strategy/case-audits/{id}/cases/{n}/findings/new")
	String findingForm(@PathVariable UUID id, @PathVariable int n, Model model) {
		return showFinding(model, auditing.caseOf(actor.get(), id, n), new LinkedMultiValueMap<>(), new FormErrors());
	}

	@PostMapping("/strategy/case-audits/{id}/cases/{n}/findings/new")
	String addFinding(@PathVariable UUID id, @PathVariable int n, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		var me = actor.get();
		try {
			String question = form.getFirst("question");
			UUID questionId = question == null || question.isBlank() || "CASE".equals(question) ? null
					: AuditForms.id(question);
			if (questionId == null && question != null && !question.isBlank() && !"CASE".equals(question)) {
				throw new InvalidInput("question", "Select a question from the list, or the case as a whole");
			}
			auditing.addFinding(me, id, n, form.getFirst("kind"), questionId, form.getFirst("text"));
			redirect.addFlashAttribute("success", "Finding recorded.");
			return back(id, n);
		}
		catch (InvalidInput ex) {
			return showFinding(model, auditing.caseOf(me, id, n), form, AuditForms.problems(ex));
		}
	}

	private String showFinding(Model model, CaseAuditing.CaseView view, MultiValueMap<String, String> form,
			FormErrors errors) {
		if (!view.audit().onPanel()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the panel records findings.");
		}
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("kinds", Finding.Kind.values());
		model.addAttribute("errors", errors);
		return FINDING;
	}

	@GetMapping("/strategy/case-audits/{id}/cases/{n}/actions/new")
	String actionForm(@PathVariable UUID id, @PathVariable int n, Model model) {
		return showAction(model, auditing.caseOf(actor.get(), id, n), new LinkedMultiValueMap<>(), DateInput.of(null),
				new FormErrors());
	}

	@PostMapping("/strategy/case-audits/{id}/cases/{n}/actions/new")
	String addAction(@PathVariable UUID id, @PathVariable int n, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		var me = actor.get();
		FormErrors errors = new FormErrors();
		DateInput due = AuditForms.date(form, "dueOn");
		LocalDate dueOn = due.parse("dueOn", "Date it is due", errors);
		try {
			auditing.addAction(me, id, n, form.getFirst("what"), form.getFirst("owner"), dueOn);
			if (!errors.any()) {
				redirect.addFlashAttribute("success", "Action recorded.");
				return back(id, n);
			}
		}
		catch (InvalidInput ex) {
			ex.problems().forEach(p -> errors.reject(p.field(), p.message()));
		}
		return showAction(model, auditing.caseOf(me, id, n), form, due, errors.inOrder("what", "owner", "dueOn"));
	}

	private String showAction(Model model, CaseAuditing.CaseView view, MultiValueMap<String, String> form, DateInput due,
			FormErrors errors) {
		if (!view.audit().onPanel() && !view.audit().runner()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the panel records actions.");
		}
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("dueOn", due);
		model.addAttribute("errors", errors);
		return ACTION;
	}

	@PostMapping("/strategy/case-audits/{id}/cases/{n}/actions/{actionId}")
	String changeAction(@PathVariable UUID id, @PathVariable int n, @PathVariable UUID actionId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		Integer sent = AuditForms.number(version);
		try {
			auditing.changeAction(actor.get(), id, n, actionId, sent == null ? -1 : sent, status);
			redirect.addFlashAttribute("success", "Action updated.");
			return back(id, n);
		}
		catch (InvalidInput ex) {
			model.addAttribute("errors", new FormErrors().reject("actions", ex.getMessage()));
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("errors", new FormErrors().reject("actions", CaseAuditing.STALE));
		}
		return caseOf(id, n, model);
	}
}
