package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.strategy.internal.StrategyRoles;
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

/** The audits: the landing page, setting one up, one audit with its sample and panel, choosing the panel, closing. */
@Controller
class AuditPages {

	static final String INDEX = "strategy/case-audits/index";

	static final String NEW = "strategy/case-audits/new";

	static final String AUDIT = "strategy/case-audits/audit";

	static final String PANEL = "strategy/case-audits/panel";

	private final CaseAuditing auditing;

	private final CurrentActor actor;

	AuditPages(CaseAuditing auditing, CurrentActor actor) {
		this.auditing = auditing;
		this.actor = actor;
	}

	@GetMapping("/strategy/case-audits")
	String index(Model model) {
		var me = actor.get();
		model.addAttribute("audits", auditing.audits(me));
		model.addAttribute("runner", CaseAuditing.runs(me));
		model.addAttribute("themeReader", CaseAuditing.runs(me) || StrategyRoles.reads(me));
		return INDEX;
	}

	@GetMapping("/strategy/case-audits/new")
	String newForm(Model model) {
		CaseAuditing.requireRunner(actor.get());
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("sampleSize", "6");
		form.add("template", CaseAuditing.STANDARD_TEMPLATE.toString());
		LocalDate today = auditing.today();
		return showNew(model, form, DateInput.of(today), DateInput.of(today.plusWeeks(6)), new FormErrors());
	}

	@PostMapping("/strategy/case-audits/new")
	String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		var me = actor.get();
		CaseAuditing.requireRunner(me);
		FormErrors errors = new FormErrors();
		DateInput auditDate = AuditForms.date(form, "auditDate");
		DateInput endsOn = AuditForms.date(form, "endsOn");
		LocalDate on = auditDate.parse("auditDate", "Date of the audit", errors);
		LocalDate ends = endsOn.parse("endsOn", "Date the audit ends", errors);
		try {
			UUID id = auditing.createAudit(me, new CaseAuditing.NewAudit(form.getFirst("title"),
					AuditForms.id(form.getFirst("template")), form.getFirst("focus"), on, ends,
					AuditForms.number(form.getFirst("sampleSize")), form.getFirst("seed")));
			if (!errors.any()) {
				redirect.addFlashAttribute("success", "Audit set up and its sample drawn. Now choose the panel.");
				return "redirect:/strategy/case-audits/" + id;
			}
		}
		catch (InvalidInput ex) {
			// a date that was not a real date keeps the date's own message
			ex.problems().forEach(p -> errors.reject(p.field(), p.message()));
		}
		errors.inOrder("title", "template", "focus", "auditDate", "endsOn", "sampleSize", "seed");
		return showNew(model, form, auditDate, endsOn, errors);
	}

	private String showNew(Model model, MultiValueMap<String, String> form, DateInput auditDate, DateInput endsOn,
			FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("templates", auditing.templates(actor.get()));
		model.addAttribute("auditDate", auditDate);
		model.addAttribute("endsOn", endsOn);
		model.addAttribute("errors", errors);
		return NEW;
	}

	@GetMapping("/strategy/case-audits/{id}")
	String audit(@PathVariable UUID id, Model model) {
		var me = actor.get();
		CaseAuditing.AuditView view = auditing.audit(me, id);
		model.addAttribute("view", view);
		model.addAttribute("themes", auditing.themesOf(me, id));
		model.addAttribute("me", me.accountId());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", new FormErrors());
		}
		return AUDIT;
	}

	@PostMapping("/strategy/case-audits/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) String version, Model model,
			RedirectAttributes redirect) {
		Integer sent = AuditForms.number(version);
		try {
			auditing.close(actor.get(), id, sent == null ? -1 : sent);
			redirect.addFlashAttribute("success", "Audit closed. The panel can no longer open the sampled records.");
			return "redirect:/strategy/case-audits/" + id;
		}
		catch (InvalidInput ex) {
			model.addAttribute("errors", new FormErrors().reject("close", ex.getMessage()));
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("errors", new FormErrors().reject("close", CaseAuditing.STALE));
		}
		return audit(id, model);
	}

	@GetMapping("/strategy/case-audits/{id}/panel")
	String panelForm(@PathVariable UUID id, Model model) {
		CaseAuditing.AuditView view = auditing.audit(actor.get(), id);
		CaseAuditing.requireRunner(actor.get());
		List<String> chosen = view.panel().stream().map(m -> m.accountId().toString()).toList();
		return showPanel(model, view, chosen, String.valueOf(view.audit().version()), new FormErrors());
	}

	@PostMapping("/strategy/case-audits/{id}/panel")
	String setPanel(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		var me = actor.get();
		CaseAuditing.requireRunner(me);
		List<String> chosen = form.get("auditors") == null ? List.of() : form.get("auditors");
		Integer version = AuditForms.number(form.getFirst("version"));
		try {
			boolean oneAgency = auditing.setPanel(me, id, version == null ? -1 : version, AuditForms.ids(chosen));
			redirect.addFlashAttribute("success", oneAgency
					? "Panel saved. Every auditor is from one agency: add someone from another agency to make it multi-agency."
					: "Panel saved. Each auditor can now open the sampled records, read only, until the audit ends.");
			return "redirect:/strategy/case-audits/" + id;
		}
		catch (InvalidInput ex) {
			return showPanel(model, auditing.audit(me, id), chosen, form.getFirst("version"),
					new FormErrors().reject("auditors", ex.getMessage()));
		}
		catch (OptimisticLockingFailureException ex) {
			CaseAuditing.AuditView now = auditing.audit(me, id);
			return showPanel(model, now, chosen, String.valueOf(now.audit().version()),
					new FormErrors().reject("auditors", CaseAuditing.STALE));
		}
	}

	private String showPanel(Model model, CaseAuditing.AuditView view, List<String> chosen, String version,
			FormErrors errors) {
		Map<String, List<PanelMember>> byAgency = new LinkedHashMap<>();
		auditing.eligibleAuditors(actor.get())
			.forEach(m -> byAgency.computeIfAbsent(m.agencyName(), k -> new java.util.ArrayList<>()).add(m));
		model.addAttribute("view", view);
		model.addAttribute("byAgency", byAgency);
		model.addAttribute("chosen", chosen);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return PANEL;
	}
}
