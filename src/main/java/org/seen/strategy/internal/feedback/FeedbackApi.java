package org.seen.strategy.internal.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.workforce.ApiPeriod;
import org.seen.strategy.internal.workforce.Period;
import org.seen.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback through the API: entries are anonymous; the summary is numbers only, never comments. */
@RestController
@Tag(name = "Feedback", description = "Families' and practitioners' feedback on support, summarised")
class FeedbackApi {

	private final FeedbackEntries entries;

	private final FeedbackReport report;

	private final CurrentActor actor;

	FeedbackApi(FeedbackEntries entries, FeedbackReport report, CurrentActor actor) {
		this.entries = entries;
		this.report = report;
		this.actor = actor;
	}

	@PostMapping("/api/v1/strategy/feedback/printed-forms")
	@Operation(summary = "Enter a family's printed form (casework roles): givenOn (ISO date), agencyId, helpfulness 1 "
			+ "to 5, helping, couldBeBetter, anythingElse. Linked to no child or person")
	ResponseEntity<Map<String, UUID>> printedForm(@RequestBody(required = false) PrintedFormRequest request) {
		if (request == null) {
			request = PrintedFormRequest.NONE;
		}
		FormErrors edge = new FormErrors();
		LocalDate givenOn = null;
		if (request.givenOn() != null && !request.givenOn().isBlank()) {
			try {
				givenOn = LocalDate.parse(request.givenOn().trim());
			}
			catch (DateTimeParseException ex) {
				edge.reject("givenOn", "The date the form was filled in must be a real date, as 2025-06-12");
			}
		}
		UUID id = entries.enterPrintedForm(actor.get(), new FeedbackEntries.PrintedForm(givenOn,
				request.agencyId() == null ? "" : request.agencyId().toString(),
				request.helpfulness() == null ? "" : request.helpfulness().toString(), request.helping(),
				request.couldBeBetter(), request.anythingElse()), edge);
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@PostMapping("/api/v1/strategy/feedback/practitioner")
	@Operation(summary = "Give feedback on support received (casework roles): service (FRONT_DOOR, "
			+ "MULTI_AGENCY_MEETING, SUPERVISION, TRAINING, TOOLKIT, OTHER), rating 1 to 5, helped, couldBeBetter. "
			+ "Kept with the agency kind only")
	ResponseEntity<Map<String, UUID>> practitioner(@RequestBody(required = false) PractitionerRequest request) {
		if (request == null) {
			request = PractitionerRequest.NONE;
		}
		UUID id = entries.givePractitionerFeedback(actor.get(), new FeedbackEntries.PractitionerFeedback(
				request.service(), request.rating() == null ? "" : request.rating().toString(), request.helped(),
				request.couldBeBetter()));
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@GetMapping("/api/v1/strategy/feedback/summary")
	@Operation(summary = "Responses by source and the share helpful for year=2025-26 or from/to (readers); numbers "
			+ "only, small ones \"c\"; comments are never given by the API")
	SummaryJson summary(@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Actor me = actor.get();
		Period period = ApiPeriod.of(year, from, to, entries.today());
		return new SummaryJson(report.summary(me, period.from(), period.to()),
				year != null && !year.isBlank() ? report.quarters(me, period) : java.util.List.of());
	}

	record PrintedFormRequest(String givenOn, UUID agencyId, Integer helpfulness, String helping, String couldBeBetter,
			String anythingElse) {

		static final PrintedFormRequest NONE = new PrintedFormRequest(null, null, null, null, null, null);
	}

	record PractitionerRequest(String service, Integer rating, String helped, String couldBeBetter) {

		static final PractitionerRequest NONE = new PractitionerRequest(null, null, null, null);
	}

	record SummaryJson(FeedbackReport.Summary summary, java.util.List<FeedbackReport.Quarter> quarters) {
	}
}
