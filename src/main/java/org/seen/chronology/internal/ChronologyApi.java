package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.chronology.AlertCode;
import org.seen.chronology.EventType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A child's chronology and alerts for agency systems, over the same services as the pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}")
@Tag(name = "Chronology", description = "A child's multi-agency chronology and pattern alerts")
class ChronologyApi {

	private final Chronology chronology;

	private final ChildAlerts alerts;

	private final CurrentActor actor;

	ChronologyApi(Chronology chronology, ChildAlerts alerts, CurrentActor actor) {
		this.chronology = chronology;
		this.alerts = alerts;
		this.actor = actor;
	}

	@GetMapping("/events")
	@Operation(summary = "List the child's events, newest first, optionally filtered by agency, type and dates")
	List<EventJson> events(@PathVariable UUID childId, @RequestParam(required = false) UUID agency,
			@RequestParam(required = false) EventType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return chronology.list(actor.get(), childId, new ChronologyFilter(agency, type, from, to))
			.stream()
			.map(EventJson::of)
			.toList();
	}

	@PostMapping("/events")
	@Operation(summary = "Record an event for the child, from the caller's agency")
	ResponseEntity<EventJson> add(@PathVariable UUID childId, @RequestBody EventRequest request) throws BindException {
		EventDraft.Checked checked = request.draft().check(chronology.today());
		if (!checked.valid()) {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "event");
			checked.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
			throw new BindException(errors);
		}
		ChronologyEvent event = chronology.add(actor.get(), childId, checked.event());
		return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/events/" + event.id()))
			.body(EventJson.of(event));
	}

	@GetMapping("/alerts")
	@Operation(summary = "List the child's pattern alerts, open first, each with the events behind it")
	List<AlertJson> alerts(@PathVariable UUID childId) {
		return alerts.of(actor.get(), childId).stream().map(AlertJson::of).toList();
	}

	/** Everything as text, so that a bad value is named against its field (400), not a parse failure. */
	record EventRequest(String date, String time, String type, String summary, String detail, String significance,
			String peopleInvolved, String attendancePercent, String agencyReference) {

		EventDraft draft() {
			return new EventDraft(date, time, type, summary, detail, significance, peopleInvolved, attendancePercent,
					agencyReference);
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record EventJson(UUID id, LocalDate date, LocalTime time, EventType type, String summary, String detail,
			Significance significance, String agencyReference, String agency, String author, String peopleInvolved,
			BigDecimal attendancePercent, Instant recordedAt, boolean corrected, int version) {

		static EventJson of(ChronologyEvent e) {
			return new EventJson(e.id(), e.date(), e.time(), e.type(), e.summary(), e.detail(), e.significance(),
					e.agencyReference(), e.agencyName(), e.authorName(), e.peopleInvolved(), e.attendancePercent(),
					e.recordedAt(), e.corrected(), e.version());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AlertJson(UUID id, AlertCode code, String reason, Instant raisedAt, List<EventJson> events,
			boolean acknowledged, Instant acknowledgedAt, String acknowledgedBy, String acknowledgementNote) {

		static AlertJson of(PatternAlert a) {
			return new AlertJson(a.id(), a.code(), a.reason(), a.raisedAt(),
					a.events().stream().map(EventJson::of).toList(), a.acknowledged(), a.acknowledgedAt(),
					a.acknowledgedBy(), a.acknowledgementNote());
		}
	}
}
