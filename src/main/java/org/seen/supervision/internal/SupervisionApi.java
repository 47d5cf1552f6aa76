package org.seen.supervision.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Supervision notes through the API: the same rule as the pages, only the worker, supervisor and auditors read one. */
@RestController
@Tag(name = "Supervision", description = "Reflective supervision notes for cases where the worker feels stuck")
class SupervisionApi {

	private final SupervisionNotes notes;

	private final CurrentActor actor;

	SupervisionApi(SupervisionNotes notes, CurrentActor actor) {
		this.notes = notes;
		this.actor = actor;
	}

	@PostMapping("/api/v1/children/{childId}/supervision-notes")
	@Operation(summary = "Record a supervision note as the worker; supervisorId is a practitioner with a manager's "
			+ "account whose agency works with the child")
	ResponseEntity<SupervisionNote> record(@PathVariable UUID childId, @RequestBody NoteRequest request) {
		SupervisionNote note = notes.record(actor.get(), childId, new NoteEntry(request.heldOn(), request.supervisorId(),
				request.stuck(), request.known(), request.livedExperience(), request.decisions(), request.actions(),
				request.nextOn()));
		return ResponseEntity.created(URI.create("/api/v1/supervision-notes/" + note.id())).body(note);
	}

	@GetMapping("/api/v1/supervision-notes/{id}")
	@Operation(summary = "One supervision note, for its worker, its supervisor or an auditor; 404 for anyone else")
	SupervisionNote read(@PathVariable UUID id) {
		return notes.read(actor.get(), id);
	}

	record NoteRequest(LocalDate heldOn, UUID supervisorId, String stuck, String known, String livedExperience,
			String decisions, String actions, LocalDate nextOn) {
	}
}
