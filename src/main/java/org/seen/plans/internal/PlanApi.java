package org.seen.plans.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.web.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Team Around the Family plans for integrations, over the same service as the pages. */
@RestController
@Tag(name = "Plans", description = "Team Around the Family plans: outcomes, actions, reviews, drift")
class PlanApi {

	private final ChildPlans plans;

	private final CurrentActor actor;

	PlanApi(ChildPlans plans, CurrentActor actor) {
		this.plans = plans;
		this.actor = actor;
	}

	@PostMapping("/api/v1/children/{childId}/plans")
	@Operation(summary = "Start the child's plan at the level last decided; early help needs the family's consent, "
			+ "a statutory plan without it needs withoutConsentReason and withoutConsentLawfulBasis")
	ResponseEntity<PlanJson> start(@PathVariable UUID childId, @RequestBody StartRequest request) {
		PlanView started = plans.start(actor.get(), childId,
				new Entries.Start(request.leadPractitionerId(), request.meetingPlace(), request.firstReviewOn(),
						request.withoutConsentReason(), PlanForms.lawfulBasis(request.withoutConsentLawfulBasis()),
						request.stepDownTo()));
		return ResponseEntity.created(URI.create("/api/v1/plans/" + started.plan().id())).body(PlanJson.of(started));
	}

	@GetMapping("/api/v1/plans/{id}")
	@Operation(summary = "A plan with its team, outcomes, actions, reviews and open drift (checked now)")
	PlanJson get(@PathVariable UUID id) {
		return PlanJson.of(plans.read(actor.get(), id));
	}

	@PostMapping("/api/v1/plans/{id}/accept-lead")
	@Operation(summary = "The nominated lead professional accepts the lead")
	PlanJson acceptLead(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		// the only change an integration may make without a version: accepting changes nothing anyone wrote
		Integer sent = request == null ? null : request.version();
		return PlanJson.of(plans.acceptLead(actor.get(), id,
				sent != null ? sent : plans.read(actor.get(), id).plan().version()));
	}

	@PostMapping("/api/v1/plans/{id}/members")
	@Operation(summary = "Add a practitioner to the team (who becomes involved with the child) or a family member")
	ResponseEntity<PlanJson> member(@PathVariable UUID id, @RequestBody MemberRequest request) {
		PlanView view = request.practitionerId() != null ? plans.addMember(actor.get(), id, request.practitionerId())
				: plans.addFamily(actor.get(), id, request.adultId(), request.name(), request.relationship());
		return ResponseEntity.status(201).body(PlanJson.of(view));
	}

	@PostMapping("/api/v1/plans/{id}/outcomes")
	@Operation(summary = "Add a SMART outcome tied to an item of the latest completed assessment (kind ITEM) or to the child's voice (CHILD_VOICE)")
	ResponseEntity<PlanJson> outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
		return ResponseEntity.status(201)
			.body(PlanJson.of(plans.addOutcome(actor.get(), id, new Entries.NewOutcome(request.kind(), request.itemId(),
					request.childSaid(), request.difference(), request.targetGrade(), request.targetOn()))));
	}

	@PostMapping("/api/v1/plans/{id}/actions")
	@Operation(summary = "Add an action: what, the member who owns it, the due date, and optionally its outcome")
	ResponseEntity<PlanJson> action(@PathVariable UUID id, @RequestBody ActionRequest request) {
		return ResponseEntity.status(201)
			.body(PlanJson.of(plans.addAction(actor.get(), id,
					new Entries.NewAction(request.what(), request.ownerMemberId(), request.dueOn(), request.outcomeId()))));
	}

	@PutMapping("/api/v1/plans/{id}/actions/{actionId}")
	@Operation(summary = "Record how an action stands; send the action's version to refuse a stale edit")
	PlanJson changeAction(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ActionChangeRequest request) {
		return PlanJson.of(plans.changeAction(actor.get(), id, actionId, required(request.version(), "action"),
				new Entries.ActionChange(request.status(), request.note(), request.dueOn())));
	}

	@PostMapping("/api/v1/plans/{id}/reviews")
	@Operation(summary = "Record a review: attendees, progress and a new grade for each outcome, the voices, the next review; send the plan's version")
	ResponseEntity<PlanJson> review(@PathVariable UUID id, @RequestBody ReviewRequest request) {
		int version = required(request.version(), "plan");
		Map<UUID, Entries.OutcomeProgress> progress = request.progress() == null ? null
				: request.progress()
					.stream()
					.filter(p -> p.outcomeId() != null)
					.collect(Collectors.toMap(ProgressRequest::outcomeId,
							p -> new Entries.OutcomeProgress(p.progress(), p.grade(), p.note()), (a, b) -> a));
		PlanView view = plans.review(actor.get(), id, version,
				new Entries.NewReview(request.heldOn(), request.attendees(), progress, request.childVoice(),
						request.childVoiceMissingReason(), request.familyView(), request.goingWell(), request.decisions(),
						request.nextReviewOn()));
		return ResponseEntity.status(201).body(PlanJson.of(view));
	}

	@PostMapping("/api/v1/plans/{id}/close")
	@Operation(summary = "Close the plan with a reason (OUTCOMES_ACHIEVED, STEPPED_UP, STEPPED_DOWN, MOVED_AWAY, CONSENT_WITHDRAWN, OTHER); send the plan's version")
	PlanJson close(@PathVariable UUID id, @RequestBody CloseRequest request) {
		return PlanJson.of(plans.close(actor.get(), id, required(request.version(), "plan"), request.reason(),
				request.note()));
	}

	@PostMapping("/api/v1/plans/{id}/drift/{findingId}/decision")
	@Operation(summary = "A manager's or safeguarding lead's decision on drift, with a date to look again; send the finding's version")
	PlanJson decide(@PathVariable UUID id, @PathVariable UUID findingId, @RequestBody DecisionRequest request) {
		return PlanJson.of(plans.decide(actor.get(), id, findingId, required(request.version(), "finding"),
				request.decision(), request.lookAgainOn()));
	}

	/**
	 * The version the change was made from. A change without one is refused rather than applied
	 * over whatever is there now: last writer wins would silently overwrite someone else's work.
	 */
	private static int required(Integer version, String of) {
		if (version == null) {
			throw new InvalidInput("version", "Send the version of the " + of + " you are changing");
		}
		return version;
	}

	/** Refused by role or by not working with the child: 403, saying why. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Forbidden");
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/** {@code withoutConsentLawfulBasis}: PUBLIC_TASK, LEGAL_OBLIGATION or VITAL_INTERESTS. */
	record StartRequest(UUID leadPractitionerId, String meetingPlace, LocalDate firstReviewOn,
			String withoutConsentReason, String withoutConsentLawfulBasis, String stepDownTo) {
	}

	record VersionRequest(Integer version) {
	}

	record MemberRequest(UUID practitionerId, UUID adultId, String name, String relationship) {
	}

	record OutcomeRequest(String kind, String itemId, String childSaid, String difference, Integer targetGrade,
			LocalDate targetOn) {
	}

	record ActionRequest(String what, UUID ownerMemberId, LocalDate dueOn, UUID outcomeId) {
	}

	record ActionChangeRequest(String status, String note, LocalDate dueOn, Integer version) {
	}

	record ProgressRequest(UUID outcomeId, String progress, Integer grade, String note) {
	}

	record ReviewRequest(LocalDate heldOn, List<UUID> attendees, List<ProgressRequest> progress, String childVoice,
			String childVoiceMissingReason, String familyView, String goingWell, String decisions,
			LocalDate nextReviewOn, Integer version) {
	}

	record CloseRequest(String reason, String note, Integer version) {
	}

	record DecisionRequest(String decision, LocalDate lookAgainOn, Integer version) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record PlanJson(UUID id, UUID childId, String levelCode, String levelName, boolean withConsent,
			String withoutConsentReason, String withoutConsentLawfulBasis, UUID leadPractitionerId, String leadName, Instant leadAcceptedAt,
			String meetingPlace, LocalDate startedOn, LocalDate nextReviewOn, LocalDate closedOn, String closureReason,
			String closureNote, int version, List<MemberJson> members, List<OutcomeJson> outcomes,
			List<ActionJson> actions, List<ReviewJson> reviews, List<DriftJson> drift) {

		static PlanJson of(PlanView v) {
			Plan p = v.plan();
			return new PlanJson(p.id(), p.childId(), p.levelCode(), v.levelName(), p.withConsent(),
					p.withoutConsentReason(),
					p.withoutConsentLawfulBasis() == null ? null : p.withoutConsentLawfulBasis().name(),
					p.leadPractitionerId(), v.lead().name(), p.leadAcceptedAt(),
					p.meetingPlace(), p.startedOn(), p.nextReviewOn(), p.closedOn(),
					p.closureReason() == null ? null : p.closureReason().name(), p.closureNote(), p.version(),
					v.members()
						.stream()
						.map(m -> new MemberJson(m.id(), m.kind().name(), m.practitionerId(), m.adultId(), m.name(),
								m.role(), m.agencyName()))
						.toList(),
					v.outcomes()
						.stream()
						.map(o -> new OutcomeJson(o.id(), o.kind().name(), o.assessmentId(), o.itemId(), o.itemTitle(),
								o.childSaid(), o.difference(), o.baselineGrade(), o.targetGrade(), v.latestGrade(o),
								o.targetOn(), o.version()))
						.toList(),
					v.actions()
						.stream()
						.map(a -> new ActionJson(a.id(), a.outcomeId(), a.what(), a.ownerMemberId(), a.dueOn(),
								a.status().name(), a.note(), v.overdue(a), a.version()))
						.toList(),
					v.reviews()
						.stream()
						.map(r -> new ReviewJson(r.id(), r.heldOn(), List.copyOf(r.attendees()),
								r.progress()
									.values()
									.stream()
									.map(pr -> new ProgressJson(pr.outcomeId(), pr.direction().name(), pr.grade(),
											pr.note()))
									.toList(),
								r.childVoice(), r.childVoiceMissingReason(), r.familyView(), r.goingWell(), r.decisions(),
								r.nextReviewOn(), r.recordedBy()))
						.toList(),
					v.drift()
						.stream()
						.map(f -> new DriftJson(f.id(), f.code().name(), f.detail(), f.foundOn(), f.decision(),
								f.lookAgainOn(), f.decidedBy(), f.version()))
						.toList());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record MemberJson(UUID id, String kind, UUID practitionerId, UUID adultId, String name, String role,
			String agency) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record OutcomeJson(UUID id, String kind, UUID assessmentId, String itemId, String itemTitle, String childSaid,
			String difference, Integer baselineGrade, Integer targetGrade, Integer latestGrade, LocalDate targetOn,
			int version) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ActionJson(UUID id, UUID outcomeId, String what, UUID ownerMemberId, LocalDate dueOn, String status,
			String note, boolean overdue, int version) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ReviewJson(UUID id, LocalDate heldOn, List<UUID> attendees, List<ProgressJson> progress, String childVoice,
			String childVoiceMissingReason, String familyView, String goingWell, String decisions,
			LocalDate nextReviewOn, String recordedBy) {
	}

	record ProgressJson(UUID outcomeId, String progress, Integer grade, String note) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record DriftJson(UUID id, String code, String detail, LocalDate foundOn, String decision, LocalDate lookAgainOn,
			String decidedBy, int version) {
	}
}
