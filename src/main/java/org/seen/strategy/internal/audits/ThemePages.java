package org.seen.strategy.internal.audits;

import java.time.LocalDate;

import org.seen.access.CurrentActor;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Themes across the audits dated in a period (the financial year so far unless another is chosen). */
@Controller
class ThemePages {

	static final String THEMES = "strategy/case-audits/themes";

	private final CaseAuditing auditing;

	private final CurrentActor actor;

	ThemePages(CaseAuditing auditing, CurrentActor actor) {
		this.auditing = auditing;
		this.actor = actor;
	}

	/** The first of April on or before the day: where the partnership's year starts. */
	static LocalDate yearStart(LocalDate day) {
		LocalDate april = LocalDate.of(day.getYear(), 4, 1);
		return day.isBefore(april) ? april.minusYears(1) : april;
	}

	@GetMapping("/strategy/case-audits/themes")
	String themes(@RequestParam MultiValueMap<String, String> query, Model model) {
		var me = actor.get();
		CaseAuditing.requireThemeReader(me);
		LocalDate today = auditing.today();
		FormErrors errors = new FormErrors();
		DateInput fromInput = AuditForms.date(query, "from");
		DateInput toInput = AuditForms.date(query, "to");
		LocalDate from = fromInput.isBlank() ? yearStart(today) : fromInput.parse("from", "From", errors);
		LocalDate to = toInput.isBlank() ? today : toInput.parse("to", "To", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.reject("to", "To must be on or after from");
		}
		if (errors.any()) {
			from = yearStart(today);
			to = today;
		}
		model.addAttribute("themes", auditing.themes(me, from, to));
		model.addAttribute("from", fromInput.isBlank() ? DateInput.of(from) : fromInput);
		model.addAttribute("to", toInput.isBlank() ? DateInput.of(to) : toInput);
		model.addAttribute("errors", errors);
		return THEMES;
	}
}
