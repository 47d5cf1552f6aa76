package org.seen.supervision.internal;

import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.access.Role;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervision on a child, my supervision, one note, and the forms to record a note or ask for supervision. */
@Controller
class SupervisionPages {

	private final SupervisionNotes notes;

	private final CurrentActor actor;

	SupervisionPages(SupervisionNotes notes, CurrentActor actor) {
		this.notes = notes;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/supervision")
	String child(@PathVariable UUID childId, Model model) {
		model.addAttribute("mine", notes.ofChild(actor.get(), childId));
		model.addAttribute("today", notes.today());
		return "supervision/child";
	}

	@GetMapping("/children/{childId}/supervision/new")
	String noteForm(@PathVariable UUID childId, Model model) {
		return noteForm(model, childId, NoteForm.on(notes.today()), new FormErrors());
	}

	@PostMapping("/children/{childId}/supervision/new")
	String record(@PathVariable UUID childId, NoteForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		NoteEntry entry = form.entry(errors);
		if (errors.any()) {
			entry.check(notes.today(), errors);
			return noteForm(model, childId, form, errors);
		}
		try {
			SupervisionNote note = notes.record(actor.get(), childId, entry);
			redirect.addFlashAttribute("success", "Supervision note recorded");
			return "redirect:/supervision/notes/" + note.id();
		}
		catch (InvalidInput ex) {
			return noteForm(model, childId, form, problems(ex));
		}
	}

	private String noteForm(Model model, UUID childId, NoteForm form, FormErrors errors) {
		model.addAttribute("child", notes.admit(actor.get(), childId));
		model.addAttribute("form", form);
		model.addAttribute("supervisors", notes.supervisors(actor.get(), childId));
		model.addAttribute("errors", errors.inOrder(NoteEntry.FIELDS));
		return "supervision/note-form";
	}

	@GetMapping("/children/{childId}/supervision/stuck")
	String stuckForm(@PathVariable UUID childId, Model model) {
		return stuckForm(model, childId, new StuckForm(null, null), new FormErrors());
	}

	@PostMapping("/children/{childId}/supervision/stuck")
	String flag(@PathVariable UUID childId, StuckForm form, Model model, RedirectAttributes redirect) {
		try {
			notes.flagStuck(actor.get(), childId, NoteForm.id(form.supervisor()), form.reason());
		}
		catch (InvalidInput ex) {
			return stuckForm(model, childId, form, problems(ex));
		}
		redirect.addFlashAttribute("success", "Your manager has been asked for supervision on this case");
		return "redirect:/children/" + childId + "/supervision";
	}

	private String stuckForm(Model model, UUID childId, StuckForm form, FormErrors errors) {
		model.addAttribute("child", notes.admit(actor.get(), childId));
		model.addAttribute("form", form);
		model.addAttribute("supervisors", notes.supervisors(actor.get(), childId));
		model.addAttribute("errors", errors.inOrder("supervisor", "reason"));
		return "supervision/stuck";
	}

	@GetMapping("/supervision")
	String mine(Model model) {
		Actor me = actor.get();
		model.addAttribute("mine", notes.mine(me));
		model.addAttribute("auditor", me.is(Role.AUDITOR));
		model.addAttribute("me", me.practitionerId());
		model.addAttribute("today", notes.today());
		return "supervision/mine";
	}

	@GetMapping("/supervision/notes/{id}")
	String note(@PathVariable UUID id, Model model) {
		Actor me = actor.get();
		model.addAttribute("note", notes.read(me, id));
		model.addAttribute("auditor", me.is(Role.AUDITOR));
		return "supervision/note";
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}
}
