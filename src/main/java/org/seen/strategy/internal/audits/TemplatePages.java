package org.seen.strategy.internal.audits;

import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
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

/** Audit templates: the list, a new one, its questions, and copying one that is in use. */
@Controller
class TemplatePages {

	static final String TEMPLATES = "strategy/case-audits/templates";

	static final String TEMPLATE = "strategy/case-audits/template";

	private final CaseAuditing auditing;

	private final CurrentActor actor;

	TemplatePages(CaseAuditing auditing, CurrentActor actor) {
		this.auditing = auditing;
		this.actor = actor;
	}

	@GetMapping("/strategy/case-audits/templates")
	String templates(Model model) {
		return showTemplates(model, new LinkedMultiValueMap<>(), new FormErrors());
	}

	@PostMapping("/strategy/case-audits/templates")
	String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			UUID id = auditing.createTemplate(actor.get(), form.getFirst("name"), form.getFirst("description"), List.of());
			redirect.addFlashAttribute("success", "Template created. Now add its questions.");
			return "redirect:/strategy/case-audits/templates/" + id;
		}
		catch (InvalidInput ex) {
			return showTemplates(model, form, AuditForms.problems(ex));
		}
	}

	private String showTemplates(Model model, MultiValueMap<String, String> form, FormErrors errors) {
		model.addAttribute("templates", auditing.templates(actor.get()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return TEMPLATES;
	}

	@GetMapping("/strategy/case-audits/templates/{id}")
	String template(@PathVariable UUID id, Model model) {
		AuditTemplate template = auditing.template(actor.get(), id);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", template.name());
		form.add("description", template.description());
		return showTemplate(model, template, form, new FormErrors());
	}

	@PostMapping("/strategy/case-audits/templates/{id}")
	String rename(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		return change(id, form, model, redirect, "Template saved.", () -> auditing.changeTemplate(actor.get(), id,
				version(form), form.getFirst("name"), form.getFirst("description")), "name");
	}

	@PostMapping("/strategy/case-audits/templates/{id}/questions")
	String addQuestion(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		return change(id, form, model, redirect, "Question added.", () -> auditing.addQuestion(actor.get(), id,
				version(form), form.getFirst("text"), form.getFirst("scale")), "text");
	}

	@PostMapping("/strategy/case-audits/templates/{id}/questions/{questionId}/remove")
	String removeQuestion(@PathVariable UUID id, @PathVariable UUID questionId,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		return change(id, form, model, redirect, "Question removed.",
				() -> auditing.removeQuestion(actor.get(), id, version(form), questionId), "questions");
	}

	@PostMapping("/strategy/case-audits/templates/{id}/copy")
	String copy(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID copy = auditing.copyTemplate(actor.get(), id);
		redirect.addFlashAttribute("success", "Copy made. Change it, then use it for the next audit.");
		return "redirect:/strategy/case-audits/templates/" + copy;
	}

	private static int version(MultiValueMap<String, String> form) {
		Integer version = AuditForms.number(form.getFirst("version"));
		return version == null ? -1 : version;
	}

	private String change(UUID id, MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
			String done, Runnable change, String staleField) {
		try {
			change.run();
			redirect.addFlashAttribute("success", done);
			return "redirect:/strategy/case-audits/templates/" + id;
		}
		catch (InvalidInput ex) {
			return showTemplate(model, auditing.template(actor.get(), id), form, AuditForms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			return showTemplate(model, auditing.template(actor.get(), id), form,
					new FormErrors().reject(staleField, CaseAuditing.STALE));
		}
	}

	private String showTemplate(Model model, AuditTemplate template, MultiValueMap<String, String> form,
			FormErrors errors) {
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("scales", Scale.values());
		model.addAttribute("errors", errors);
		return TEMPLATE;
	}
}
