package org.seen.chronology.internal;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.chronology.EventType;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.access.RecordNotFound;
import org.seen.web.InvalidInput;
import org.seen.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, viewing, correcting and removing one chronology entry. */
@Controller
@RequestMapping("/children/{childId}/events")
class EventPages {

	static final String FORM = "chronology/event-form";

	static final String EVENT = "chronology/event";

	static final String REMOVE = "chronology/remove";

	private final Chronology chronology;

	private final ChildRecords children;

	private final CurrentActor actor;

	EventPages(Chronology chronology, ChildRecords children, CurrentActor actor) {
		this.chronology = chronology;
		this.children = children;
		this.actor = actor;
	}

	@ModelAttribute("types")
	EventType[] types() {
		return EventType.values();
	}

	@ModelAttribute("significances")
	Significance[] significances() {
		return Significance.values();
	}

	@GetMapping("/new")
	String newEvent(@PathVariable UUID childId, Model model) {
		chronology.admit(actor.get(), childId);
		return form(model, childId, new EventForm(), new FormErrors(), null);
	}

	@PostMapping("/new")
	String add(@PathVariable UUID childId, @ModelAttribute("form") EventForm form, Model model,
			RedirectAttributes redirect) {
		EventDraft.Checked checked = form.draft().check(chronology.today());
		if (!checked.valid()) {
			chronology.admit(actor.get(), childId);
			return form(model, childId, form, FieldMessages.of(checked.problems()), null);
		}
		try {
			chronology.add(actor.get(), childId, checked.event());
		}
		catch (InvalidInput ex) {
			return form(model, childId, form, FieldMessages.of(ex.field(), ex.getMessage()), null);
		}
		redirect.addFlashAttribute("success", "Entry added to the chronology");
		return "redirect:/children/" + childId + "/chronology";
	}

	@GetMapping("/{eventId}")
	String event(@PathVariable UUID childId, @PathVariable UUID eventId, Model model) {
		ChronologyEvent event = chronology.event(actor.get(), childId, eventId);
		model.addAttribute("child", child(childId));
		model.addAttribute("event", event);
		model.addAttribute("history", chronology.history(eventId));
		model.addAttribute("ownAgency", event.agencyId().equals(actor.get().agencyId()));
		return EVENT;
	}

	@GetMapping("/{eventId}/correct")
	String correctForm(@PathVariable UUID childId, @PathVariable UUID eventId, Model model) {
		ChronologyEvent event = ownEvent(childId, eventId);
		return form(model, childId, EventForm.of(event), new FormErrors(), event);
	}

	@PostMapping("/{eventId}/correct")
	String correct(@PathVariable UUID childId, @PathVariable UUID eventId, @ModelAttribute("form") EventForm form,
			Model model, RedirectAttributes redirect) {
		ChronologyEvent current = ownEvent(childId, eventId);
		EventDraft.Checked checked = form.draft().check(chronology.today());
		FormErrors errors = FieldMessages.of(checked.problems());
		if (form.getReason() == null || form.getReason().isBlank()) {
			errors.reject("reason", "Enter why the entry is being corrected");
		}
		if (!errors.isEmpty()) {
			return form(model, childId, form, errors, current);
		}
		try {
			chronology.correct(actor.get(), childId, eventId, form.getVersion(), checked.event(), form.getReason());
		}
		catch (OptimisticLockingFailureException ex) {
			EventForm fresh = EventForm.of(chronology.event(actor.get(), childId, eventId));
			fresh.setReason(form.getReason());
			return form(model, childId, fresh, FieldMessages.of("stale", FieldMessages.STALE), current);
		}
		redirect.addFlashAttribute("success", "Entry corrected; the earlier version is kept in its history");
		return "redirect:/children/" + childId + "/events/" + eventId;
	}

	@GetMapping("/{eventId}/remove")
	String removeForm(@PathVariable UUID childId, @PathVariable UUID eventId, Model model) {
		ChronologyEvent event = ownEvent(childId, eventId);
		return remove(model, childId, event, event.version(), null, new FormErrors());
	}

	@PostMapping("/{eventId}/remove")
	String remove(@PathVariable UUID childId, @PathVariable UUID eventId, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		ChronologyEvent event = ownEvent(childId, eventId);
		if (reason == null || reason.isBlank()) {
			return remove(model, childId, event, version, reason, FieldMessages.of("reason", "Enter why the entry is being removed"));
		}
		try {
			chronology.remove(actor.get(), childId, eventId, version, reason);
		}
		catch (OptimisticLockingFailureException ex) {
			ChronologyEvent now = chronology.event(actor.get(), childId, eventId);
			return remove(model, childId, now, now.version(), reason, FieldMessages.of("stale", FieldMessages.STALE));
		}
		redirect.addFlashAttribute("success", "Entry removed. Auditors can still see it, with your reason");
		return "redirect:/children/" + childId + "/chronology";
	}

	private ChronologyEvent ownEvent(UUID childId, UUID eventId) {
		ChronologyEvent event = chronology.event(actor.get(), childId, eventId);
		if (!event.agencyId().equals(actor.get().agencyId())) {
			throw new NotTheSourceAgency(event.agencyName());
		}
		return event;
	}

	private String form(Model model, UUID childId, EventForm form, FormErrors errors, ChronologyEvent event) {
		model.addAttribute("child", child(childId));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("event", event);
		return FORM;
	}

	private String remove(Model model, UUID childId, ChronologyEvent event, int version, String reason,
			FormErrors errors) {
		model.addAttribute("child", child(childId));
		model.addAttribute("event", event);
		model.addAttribute("version", version);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return REMOVE;
	}

	private ChildSummary child(UUID childId) {
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}
}
