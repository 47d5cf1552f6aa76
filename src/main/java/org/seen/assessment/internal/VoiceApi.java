package org.seen.assessment.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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

/** The child's voice for agency systems and integrations. */
@RestController
@Tag(name = "Child's voice", description = "What the child says, feels and wishes, or what was observed of their day")
class VoiceApi {

	private final ChildVoices voices;

	private final CurrentActor actor;

	VoiceApi(ChildVoices voices, CurrentActor actor) {
		this.voices = voices;
		this.actor = actor;
	}

	@GetMapping("/api/v1/children/{childId}/voice")
	@Operation(summary = "Everything recorded of the child's voice, newest first")
	List<ChildVoice> list(@PathVariable UUID childId) {
		return voices.ofChild(actor.get(), childId);
	}

	@PostMapping("/api/v1/children/{childId}/voice")
	@Operation(summary = "Record the child's voice: their words (kind WORDS), an observation (OBSERVED) or why it "
			+ "could not be gathered (NOT_GATHERED); optionally linked to an assessment and some of its items")
	ResponseEntity<ChildVoice> record(@PathVariable UUID childId, @RequestBody VoiceRequest request) {
		ChildVoice voice = voices.record(actor.get(), childId, request.entry(), request.assessmentId());
		return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/voice/" + voice.id())).body(voice);
	}

	record VoiceRequest(VoiceKind kind, LocalDate gatheredOn, String words, String worries, String goodThings,
			String wishes, String observed, String notGatheredReason, String howGathered, UUID assessmentId,
			List<String> itemIds) {

		VoiceEntry entry() {
			return new VoiceEntry(kind, gatheredOn, words, worries, goodThings, wishes, observed, notGatheredReason,
					howGathered, itemIds);
		}
	}
}
