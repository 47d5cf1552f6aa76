package org.seen.chronology.internal;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.people.ChildRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Entries removed from a child's chronology, with who removed them and why: for auditors only
 * (anyone else gets 404 and a DENIED audit entry, checked in {@link Chronology#removed}).
 */
@Controller
class RemovedEntriesPage {

	static final String VIEW = "chronology/removed";

	private final Chronology chronology;

	private final ChildRecords children;

	private final CurrentActor actor;

	RemovedEntriesPage(Chronology chronology, ChildRecords children, CurrentActor actor) {
		this.chronology = chronology;
		this.children = children;
		this.actor = actor;
	}

	@GetMapping("/chronology/removed/{childId}")
	String removed(@PathVariable UUID childId, Model model) {
		var removed = chronology.removed(actor.get(), childId);
		model.addAttribute("child", children.summary(childId).orElseThrow(org.seen.access.RecordNotFound::new));
		model.addAttribute("events", removed);
		model.addAttribute("histories", removed.stream()
			.collect(java.util.stream.Collectors.toMap(ChronologyEvent::id, e -> chronology.history(e.id()))));
		return VIEW;
	}
}
