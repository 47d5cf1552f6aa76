package org.seen.strategy.internal.workforce;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.Actor;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The training register and its figures, with the same rules as the pages. */
@RestController
@Tag(name = "Training", description = "Courses, sessions, attendance and the training figures")
class TrainingApi {

	private final TrainingRegister register;

	private final TrainingReport report;

	private final CurrentActor actor;

	private final java.time.Clock clock;

	TrainingApi(TrainingRegister register, TrainingReport report, CurrentActor actor, java.time.Clock clock) {
		this.register = register;
		this.report = report;
		this.actor = actor;
		this.clock = clock;
	}

	@GetMapping("/api/v1/strategy/training/courses")
	@Operation(summary = "The partnership's courses (readers)")
	List<Course> courses() {
		return register.courses(actor.get());
	}

	@PostMapping("/api/v1/strategy/training/courses")
	@Operation(summary = "Add a course (editors); reach is SINGLE_AGENCY or MULTI_AGENCY, delivery FACE_TO_FACE or E_LEARNING")
	ResponseEntity<Course> addCourse(@RequestBody(required = false) CourseRequest request) {
		if (request == null) {
			request = CourseRequest.NONE;
		}
		Course course = register.addCourse(actor.get(), new TrainingRegister.CourseInput(request.title(),
				request.description(), request.reach(), request.delivery(), request.topics()));
		return ResponseEntity.created(URI.create("/api/v1/strategy/training/courses/" + course.id())).body(course);
	}

	@GetMapping("/api/v1/strategy/training/courses/{id}")
	@Operation(summary = "A course with its sessions (readers)")
	CourseJson course(@PathVariable UUID id) {
		Actor me = actor.get();
		return new CourseJson(register.course(me, id), register.sessions(me, id));
	}

	@PostMapping("/api/v1/strategy/training/courses/{id}/sessions")
	@Operation(summary = "Add a session (editors): heldOn as 2025-06-12, trainer, venue or online, places 1 to 1000")
	ResponseEntity<Session> addSession(@PathVariable UUID id, @RequestBody(required = false) SessionRequest request) {
		if (request == null) {
			request = SessionRequest.NONE;
		}
		FormErrors edge = new FormErrors();
		LocalDate heldOn = null;
		if (request.heldOn() != null && !request.heldOn().isBlank()) {
			try {
				heldOn = LocalDate.parse(request.heldOn().trim());
			}
			catch (DateTimeParseException ex) {
				edge.reject("heldOn", "The date of the session must be a real date, as 2025-06-12");
			}
		}
		Session session = register.addSession(actor.get(), id, new TrainingRegister.SessionInput(heldOn,
				request.trainer(), request.venue(), Boolean.TRUE.equals(request.online()),
				request.places() == null ? null : request.places().toString()), edge);
		return ResponseEntity.created(URI.create("/api/v1/strategy/training/sessions/" + session.id())).body(session);
	}

	@GetMapping("/api/v1/strategy/training/sessions/{id}")
	@Operation(summary = "A session; its register with names for editors only (the read is audited)")
	SessionJson session(@PathVariable UUID id) {
		Actor me = actor.get();
		Session session = register.session(me, id);
		return new SessionJson(session, StrategyRoles.edits(me) ? register.attendees(me, id) : null);
	}

	@PostMapping("/api/v1/strategy/training/sessions/{id}/attendees")
	@Operation(summary = "Add an attendee (editors): practitionerId from the directory, or name with agencyId; "
			+ "attended true or false; confidenceBefore and confidenceAfter 1 to 10, optional")
	ResponseEntity<Attendee> addAttendee(@PathVariable UUID id, @RequestBody(required = false) AttendeeRequest request) {
		if (request == null) {
			request = AttendeeRequest.NONE;
		}
		Attendee added = register.addAttendee(actor.get(), id, request.input());
		return ResponseEntity.created(URI.create("/api/v1/strategy/training/sessions/" + id + "/attendees/" + added.id()))
			.body(added);
	}

	@PutMapping("/api/v1/strategy/training/sessions/{id}/attendees/{attendee}")
	@Operation(summary = "Change attendance and confidence (editors); send the version you read, a stale one is refused with 409")
	Attendee changeAttendee(@PathVariable UUID id, @PathVariable UUID attendee, @RequestBody(required = false) AttendeeRequest request) {
		if (request == null) {
			request = AttendeeRequest.NONE;
		}
		return register.changeAttendee(actor.get(), id, attendee, request.version() == null ? -1 : request.version(),
				request.input());
	}

	@GetMapping("/api/v1/strategy/training/totals")
	@Operation(summary = "Training figures for year=2025-26 or from/to (ISO dates); small numbers are \"c\"")
	TrainingReport.Totals totals(@RequestParam(required = false) String year,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Period period = ApiPeriod.of(year, from, to, LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
		return report.totals(actor.get(), period.from(), period.to());
	}

	record CourseRequest(String title, String description, String reach, String delivery, String topics) {

		static final CourseRequest NONE = new CourseRequest(null, null, null, null, null);
	}

	record SessionRequest(String heldOn, String trainer, String venue, Boolean online, Integer places) {

		static final SessionRequest NONE = new SessionRequest(null, null, null, null, null);
	}

	record AttendeeRequest(UUID practitionerId, String name, UUID agencyId, Boolean attended, Integer confidenceBefore,
			Integer confidenceAfter, Integer version) {

		static final AttendeeRequest NONE = new AttendeeRequest(null, null, null, null, null, null, null);

		TrainingRegister.AttendeeInput input() {
			return new TrainingRegister.AttendeeInput(practitionerId == null ? "" : practitionerId.toString(), name,
					agencyId == null ? "" : agencyId.toString(), attended == null ? "" : attended ? "yes" : "no",
					confidenceBefore == null ? "" : confidenceBefore.toString(),
					confidenceAfter == null ? "" : confidenceAfter.toString());
		}
	}

	record CourseJson(Course course, List<Session> sessions) {
	}

	record SessionJson(Session session, List<Attendee> attendees) {
	}
}
