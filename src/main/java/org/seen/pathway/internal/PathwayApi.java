package org.seen.pathway.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.Levels;
import org.seen.pathway.ReferralDecision;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The pathway for agency systems and integrations, over the same services as the pages. */
@RestController
@Tag(name = "Pathway", description = "Level of need, consent to early help, referrals to the front door, step-down")
class PathwayApi {

	private final ChildLevels levels;

	private final ChildConsents consents;

	private final FrontDoor frontDoor;

	private final CurrentActor actor;

	PathwayApi(ChildLevels levels, ChildConsents consents, FrontDoor frontDoor, CurrentActor actor) {
		this.levels = levels;
		this.consents = consents;
		this.frontDoor = frontDoor;
		this.actor = actor;
	}

	@GetMapping("/api/v1/children/{childId}/level")
	@Operation(summary = "The child's current level of need, Seen's suggestion with its reasons, and every decision, newest first")
	LevelJson level(@PathVariable UUID childId) {
		ChildLevels.PathwayView view = levels.view(actor.get(), childId);
		Levels all = levels.levels();
		return new LevelJson(childId, view.current().map(d -> DecisionJson.of(d, all)).orElse(null),
				new SuggestionJson(view.suggestion().level().code(), view.suggestion().level().name(),
						view.suggestion().reasons()),
				view.history().stream().map(d -> DecisionJson.of(d, all)).toList(),
				view.standingConsent().isPresent());
	}

	@PostMapping("/api/v1/children/{childId}/level-decisions")
	@Operation(summary = "Record a decision on the level of need; a level other than the suggestion needs differentReason")
	ResponseEntity<DecisionJson> decide(@PathVariable UUID childId, @RequestBody DecisionRequest request) {
		LevelDecision d = levels.decide(actor.get(), childId, request.level(), request.rationale(),
				request.differentReason());
		return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/level"))
			.body(DecisionJson.of(d, levels.levels()));
	}

	@PostMapping("/api/v1/level-decisions/{id}/countersign")
	@Operation(summary = "Countersign a level decision (managers and designated safeguarding leads, not the decider)")
	DecisionJson countersign(@PathVariable UUID id, @RequestBody(required = false) CountersignRequest request) {
		// no version is refused (422), not taken as "whatever is there now": a stale change never overwrites
		return DecisionJson.of(levels.countersign(actor.get(), id, request == null ? null : request.version(),
				request == null ? null : request.note()),
				levels.levels());
	}

	@PostMapping("/api/v1/children/{childId}/step-down")
	@Operation(summary = "Step down from social care to early help: needs an early help plan whose lead professional has accepted it")
	ResponseEntity<DecisionJson> stepDown(@PathVariable UUID childId, @RequestBody StepDownRequest request) {
		LevelDecision d = levels.stepDown(actor.get(), childId, request.level(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/level"))
			.body(DecisionJson.of(d, levels.levels()));
	}

	@GetMapping("/api/v1/children/{childId}/consents")
	@Operation(summary = "The child's consents to early help, newest first")
	List<ConsentJson> consents(@PathVariable UUID childId) {
		LocalDate today = consents.today();
		return consents.ofChild(actor.get(), childId).stream().map(c -> ConsentJson.of(c, today)).toList();
	}

	@PostMapping("/api/v1/children/{childId}/consents")
	@Operation(summary = "Record consent to early help: givenByAdult (one of the child's adults) or givenBy (a name)")
	ResponseEntity<ConsentJson> recordConsent(@PathVariable UUID childId, @RequestBody ConsentRequest request) {
		Consent c = consents.record(actor.get(), childId, new ChildConsents.Given(request.givenByAdult(),
				request.givenByAdult() == null ? request.givenBy() : null, request.purpose(), request.how(),
				request.givenOn(), request.lawfulBasis()));
		return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/consents"))
			.body(ConsentJson.of(c, consents.today()));
	}

	@PostMapping("/api/v1/consents/{id}/withdraw")
	@Operation(summary = "Withdraw a consent from a date, with the reason")
	ConsentJson withdraw(@PathVariable UUID id, @RequestBody WithdrawRequest request) {
		return ConsentJson.of(consents.withdraw(actor.get(), id, request.version(), request.withdrawnOn(), request.reason()),
				consents.today());
	}

	@PostMapping("/api/v1/children/{childId}/referrals")
	@Operation(summary = "Refer the child to the front door; the latest assessment, open alerts and a chronology summary are attached")
	ResponseEntity<ReferralJson> refer(@PathVariable UUID childId, @RequestBody ReferralRequest request) {
		Referral r = frontDoor.refer(actor.get(), childId, new FrontDoor.Request(request.requestedLevel(),
				Boolean.TRUE.equals(request.stepUp()), request.reason(), request.familyKnows(),
				request.withoutConsentReason(), request.withoutConsentLawfulBasis()));
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + r.id())).body(json(r));
	}

	@GetMapping("/api/v1/referrals/{id}")
	@Operation(summary = "A referral with what was attached and, once made, the decision")
	ReferralJson referral(@PathVariable UUID id) {
		return json(frontDoor.read(actor.get(), id));
	}

	@GetMapping("/api/v1/front-door/referrals")
	@Operation(summary = "The front door's queue: referrals waiting for a decision, oldest first, with working hours waited")
	List<ReferralJson> queue() {
		return frontDoor.queue(actor.get()).stream().map(w -> json(w.referral())).toList();
	}

	@PostMapping("/api/v1/referrals/{id}/decision")
	@Operation(summary = "Record the front door's decision; it is sent back to the referrer")
	ReferralJson decideReferral(@PathVariable UUID id, @RequestBody DecisionOnReferral request) {
		return json(frontDoor.decide(actor.get(), id, request.version(), request.decision(), request.rationale()));
	}

	private ReferralJson json(Referral r) {
		return new ReferralJson(r.id(), r.childId(), r.requestedLevelCode(), r.stepUp(), r.fromLevelCode(), r.reason(),
				r.familyKnows(), r.consentId(), r.withoutConsentReason(), r.withoutConsentLawfulBasis(), r.attached(),
				r.referredBy(), r.referredAt(), frontDoor.waiting(r).toMinutes() / 60.0, r.decision(),
				r.decisionRationale(), r.decidedBy(), r.decidedAt(), r.version());
	}

	record DecisionRequest(String level, String rationale, String differentReason) {
	}

	record CountersignRequest(String note, Integer version) {
	}

	record StepDownRequest(String level, String reason) {
	}

	record ConsentRequest(UUID givenByAdult, String givenBy, String purpose, HowGiven how, LocalDate givenOn,
			LawfulBasis lawfulBasis) {
	}

	record WithdrawRequest(LocalDate withdrawnOn, String reason, Integer version) {
	}

	record ReferralRequest(String requestedLevel, Boolean stepUp, String reason, String familyKnows,
			String withoutConsentReason, LawfulBasis withoutConsentLawfulBasis) {
	}

	record DecisionOnReferral(ReferralDecision decision, String rationale, Integer version) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record LevelJson(UUID childId, DecisionJson current, SuggestionJson suggestion, List<DecisionJson> history,
			boolean earlyHelpConsent) {
	}

	record SuggestionJson(String level, String name, List<String> reasons) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record DecisionJson(UUID id, UUID childId, String level, String name, String suggested, List<String> suggestionReasons,
			String rationale, String differentReason, String decidedBy, Instant decidedAt, String countersignedBy,
			Instant countersignedAt, String countersignNote, int version) {

		static DecisionJson of(LevelDecision d, Levels levels) {
			return new DecisionJson(d.id(), d.childId(), d.levelCode(), levels.nameOf(d.levelCode()), d.suggestedCode(),
					d.suggestionReasons(), d.rationale(), d.differentReason(), d.decidedBy(), d.decidedAt(),
					d.countersignedBy(), d.countersignedAt(), d.countersignNote(), d.version());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ConsentJson(UUID id, UUID childId, String givenBy, UUID givenByAdult, String purpose, HowGiven how,
			LocalDate givenOn, LawfulBasis lawfulBasis, LocalDate withdrawnOn, String withdrawnReason, boolean standing,
			String recordedBy, int version) {

		static ConsentJson of(Consent c, LocalDate today) {
			return new ConsentJson(c.id(), c.childId(), c.givenBy(), c.givenByAdult(), c.purpose(), c.how(), c.givenOn(),
					c.lawfulBasis(), c.withdrawnOn(), c.withdrawnReason(), c.standsOn(today), c.recordedBy(), c.version());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ReferralJson(UUID id, UUID childId, String requestedLevel, boolean stepUp, String fromLevel, String reason,
			String familyKnows, UUID consentId, String withoutConsentReason, LawfulBasis withoutConsentLawfulBasis,
			Attachments attached, String referredBy, Instant referredAt, double workingHoursWaited,
			ReferralDecision decision, String decisionRationale, String decidedBy, Instant decidedAt, int version) {
	}
}
