package org.seen.strategy.internal.learning;

import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.strategy.internal.learning.Register.Theme;
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

/** The themes: how many reviews and open recommendations each has, and the list kept by the editors. */
@Controller
class LearningThemePages {

	static final String THEMES = "strategy/learning/themes";

	static final String THEME = "strategy/learning/theme";

	private final LearningRegister register;

	private final CurrentActor actor;

	LearningThemePages(LearningRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@GetMapping("/strategy/learning/themes")
	String themes(Model model) {
		return themes(model, "", new FormErrors());
	}

	@PostMapping("/strategy/learning/themes")
	String add(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
		try {
			register.addTheme(actor.get(), name);
			redirect.addFlashAttribute("success", "Theme added");
			return "redirect:/strategy/learning/themes";
		}
		catch (InvalidInput ex) {
			return themes(model, name, LearningForms.problems(ex));
		}
	}

	private String themes(Model model, String name, FormErrors errors) {
		Actor who = actor.get();
		model.addAttribute("counts", register.themeCounts(who));
		model.addAttribute("edits", LearningRoles.edits(who));
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return THEMES;
	}

	@GetMapping("/strategy/learning/themes/{id}")
	String theme(@PathVariable UUID id, Model model) {
		LearningRoles.requireEditor(actor.get());
		Theme theme = theme(id);
		return theme(model, theme, theme.name(), theme.retired(), theme.version(), new FormErrors());
	}

	@PostMapping("/strategy/learning/themes/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String retired, @RequestParam(required = false) String version,
			Model model, RedirectAttributes redirect) {
		LearningRoles.requireEditor(actor.get());
		Theme theme = theme(id);
		boolean retire = "true".equals(retired);
		try {
			register.changeTheme(actor.get(), id, LearningForms.version(version), name, retire);
			redirect.addFlashAttribute("success", retire ? "Theme saved: it is retired" : "Theme saved");
			return "redirect:/strategy/learning/themes";
		}
		catch (InvalidInput ex) {
			return theme(model, theme, name, retire, LearningForms.version(version), LearningForms.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			Theme now = theme(id);
			return theme(model, now, name, retire, now.version(), new FormErrors().reject("name", LearningRegister.STALE));
		}
	}

	private Theme theme(UUID id) {
		return register.allThemes(actor.get())
			.stream()
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	private String theme(Model model, Theme theme, String name, boolean retired, int version, FormErrors errors) {
		model.addAttribute("theme", theme);
		model.addAttribute("name", name);
		model.addAttribute("retired", retired);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return THEME;
	}
}
