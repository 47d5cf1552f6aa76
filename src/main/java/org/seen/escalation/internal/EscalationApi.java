package org.seen.escalation.internal;

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

/** Professional disagreements for agency systems and integrations: the same rules as the pages. */
@RestController
@Tag(name = "Escalations", description = "Resolving professional differences, stage by stage")
class EscalationApi {

	private final ChildEscalations escalations;

	private final CurrentActor actor;

	EscalationApi(ChildEscalations escalations, CurrentActor actor) {
		this.escalations = escalations;
		this.actor = actor;
	}

	@PostMapping("/api/v1/children/{childId}/escalations")
	@Operation(summary = "Raise a disagreement about a child with another agency; subject is PLAN, "
			+ "FRONT_DOOR_DECISION, LEVEL_OF_NEED or OTHER. It starts at stage 1 with a deadline in working days")
	ResponseEntity<EscalationJson> raise(@PathVariable UUID childId, @RequestBody RaiseRequest request) {
		Escalation raised = escalations.raise(actor.get(), childId, new ChildEscalations.Raising(request.subject(),
				request.concern(), request.wanted(), request.withAgencyId(), request.withPractitionerId()));
		EscalationView view = escalations.read(actor.get(), raised.id());
		return ResponseEntity.created(URI.create("/api/v1/escalations/" + raised.id())).body(EscalationJson.of(view));
	}

	@GetMapping("/api/v1/escalations/{id}")
	@Operation(summary = "One escalation with its stages; moved up first if its stage's timescale has passed. "
			+ "The partnership's roles get no child id or name")
	EscalationJson read(@PathVariable UUID id) {
		return EscalationJson.of(escalations.read(actor.get(), id));
	}

	@GetMapping("/api/v1/escalations")
	@Operation(summary = "Open escalations the caller may see, highest stage first")
	List<EscalationJson> open() {
		return escalations.open(actor.get()).stream().map(EscalationJson::of).toList();
	}

	@PostMapping("/api/v1/escalations/{id}/move-up")
	@Operation(summary = "Record that the current stage could not resolve it (reason required) and move it up a "
			+ "stage; send the version you read, a stale one is refused with 409")
	EscalationJson moveUp(@PathVariable UUID id, @RequestBody MoveUpRequest request) {
		escalations.moveUp(actor.get(), id, request.version() == null ? -1 : request.version(),
				new ChildEscalations.MoveUp(request.handledBy(), request.discussed(), request.reason()));
		return EscalationJson.of(escalations.read(actor.get(), id));
	}

	@PostMapping("/api/v1/escalations/{id}/resolve")
	@Operation(summary = "Resolve it with an outcome (AGREED, PLAN_CHANGED, DECISION_CHANGED, DECISION_UPHELD, "
			+ "OTHER), what was agreed and the learning; send the version you read")
	EscalationJson resolve(@PathVariable UUID id, @RequestBody ResolveRequest request) {
		escalations.resolve(actor.get(), id, request.version() == null ? -1 : request.version(),
				new ChildEscalations.Resolution(request.handledBy(), request.discussed(), request.outcome(),
						request.outcomeDetail(), request.learning()));
		return EscalationJson.of(escalations.read(actor.get(), id));
	}

	record RaiseRequest(String subject, String concern, String wanted, UUID withAgencyId, UUID withPractitionerId) {
	}

	record MoveUpRequest(Integer version, String handledBy, String discussed, String reason) {
	}

	record ResolveRequest(Integer version, String handledBy, String discussed, String outcome, String outcomeDetail,
			String learning) {
	}

	/** An escalation as the API shows it; childId and childName are absent for the partnership. */
	record EscalationJson(UUID id, String reference, UUID childId, String childName, String subject, String concern,
			String wanted, String raisedBy, String raisingAgency, String withAgency, String withPractitioner,
			LocalDate raisedOn, String status, int stage, String stageName, LocalDate stageDueOn, boolean overdue,
			LocalDate finalStageOverdueOn, String outcome, String outcomeDetail, String learning, String resolvedBy,
			LocalDate resolvedOn, int version, List<StageJson> stages) {

		static EscalationJson of(EscalationView view) {
			Escalation e = view.escalation();
			boolean child = view.showsChild();
			return new EscalationJson(e.id(), e.reference(), child ? e.childId() : null, view.childName(),
					e.subject().name(), e.concern(), e.wanted(), e.raisedBy(), e.raisingAgency(), e.withAgency(),
					e.withPractitioner(), e.raisedOn(), e.open() ? "OPEN" : "RESOLVED", e.stage(),
					e.currentStage().label(), e.stageDueOn(), view.overdue(), e.finalStageOverdueOn(),
					e.outcome() == null ? null : e.outcome().name(), e.outcomeDetail(), e.learning(), e.resolvedBy(),
					e.resolvedOn(), e.version(),
					e.stages().stream()
						.map(s -> new StageJson(s.stage(), s.label(), s.startedOn(), s.dueOn(), s.handledBy(),
								s.discussed(), s.endedHow(), s.endedReason(), s.endedBy(), s.endedOn()))
						.toList());
		}
	}

	record StageJson(int stage, String name, LocalDate startedOn, LocalDate dueOn, String handledBy, String discussed,
			String endedHow, String endedReason, String endedBy, LocalDate endedOn) {
	}
}
