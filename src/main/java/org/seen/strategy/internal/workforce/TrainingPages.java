package org.seen.strategy.internal.workforce;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.workforce.TrainingForms.AttendeeForm;
import org.seen.strategy.internal.workforce.TrainingForms.CourseForm;
import org.seen.strategy.internal.workforce.TrainingForms.SessionForm;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training register and its figures. */
@Controller
class TrainingPages {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final TrainingRegister register;

	private final TrainingReport report;

	private final CurrentActor actor;

	private final AuditTrail audit;

	private final Clock clock;

	TrainingPages(TrainingRegister register, TrainingReport report, CurrentActor actor, AuditTrail audit, Clock clock) {
		this.register = register;
		this.report = report;
		this.actor = actor;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/strategy/training")
	String landing(Model model) {
		Actor me = actor.get();
		model.addAttribute("courses", register.courses(me));
		model.addAttribute("edits", StrategyRoles.edits(me));
		Period year = Period.financialYearOf(LocalDate.now(clock.withZone(LONDON)));
		model.addAttribute("year", year);
		model.addAttribute("lastYear", Period.financialYear(year.from().getYear() - 1));
		model.addAttribute("recent", register.sessionsBetween(me, year.from().minusYears(1), year.to()));
		return "strategy/training/landing";
	}

	@GetMapping("/strategy/training/courses/new")
	String courseForm(Model model) {
		StrategyRoles.require(actor.get(), StrategyRoles.EDITORS);
		return courseForm(model, CourseForm.empty(), new FormErrors());
	}

	@PostMapping("/strategy/training/courses/new")
	String addCourse(CourseForm form, Model model, RedirectAttributes redirect) {
		try {
			Course course = register.addCourse(actor.get(), form.input());
			redirect.addFlashAttribute("success", "Course added");
			return "redirect:/strategy/training/courses/" + course.id();
		}
		catch (InvalidInput ex) {
			return courseForm(model, form, problems(ex));
		}
	}

	private String courseForm(Model model, CourseForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("reaches", Reach.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("errors", errors);
		return "strategy/training/course-new";
	}

	@GetMapping("/strategy/training/courses/{id}")
	String course(@PathVariable UUID id, Model model) {
		Actor me = actor.get();
		model.addAttribute("course", register.course(me, id));
		model.addAttribute("sessions", register.sessions(me, id));
		model.addAttribute("edits", StrategyRoles.edits(me));
		return "strategy/training/course";
	}

	@GetMapping("/strategy/training/courses/{id}/sessions/new")
	String sessionForm(@PathVariable UUID id, Model model) {
		Actor me = actor.get();
		StrategyRoles.require(me, StrategyRoles.EDITORS);
		return sessionForm(model, register.course(me, id), SessionForm.empty(), new FormErrors());
	}

	@PostMapping("/strategy/training/courses/{id}/sessions/new")
	String addSession(@PathVariable UUID id, SessionForm form, Model model, RedirectAttributes redirect) {
		Actor me = actor.get();
		FormErrors edge = new FormErrors();
		LocalDate heldOn = form.heldOn().parse("heldOn", "The date of the session", edge);
		try {
			Session session = register.addSession(me, id, new TrainingRegister.SessionInput(heldOn, form.trainer(),
					form.venue(), form.isOnline(), form.places()), edge);
			redirect.addFlashAttribute("success", "Session added. Now add who attended.");
			return "redirect:/strategy/training/sessions/" + session.id();
		}
		catch (InvalidInput ex) {
			return sessionForm(model, register.course(me, id), form, problems(ex));
		}
	}

	private String sessionForm(Model model, Course course, SessionForm form, FormErrors errors) {
		model.addAttribute("course", course);
		model.addAttribute("form", form);
		model.addAttribute("heldOn", form.heldOn());
		model.addAttribute("errors", errors);
		return "strategy/training/session-new";
	}

	@GetMapping("/strategy/training/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		return session(model, id, AttendeeForm.empty(), new FormErrors());
	}

	@PostMapping("/strategy/training/sessions/{id}/attendees")
	String addAttendee(@PathVariable UUID id, AttendeeForm form, Model model, RedirectAttributes redirect) {
		try {
			Attendee added = register.addAttendee(actor.get(), id, form.input());
			redirect.addFlashAttribute("success", added.name() + " added to the register");
			return "redirect:/strategy/training/sessions/" + id;
		}
		catch (InvalidInput ex) {
			return session(model, id, form, problems(ex));
		}
	}

	private String session(Model model, UUID id, AttendeeForm form, FormErrors errors) {
		Actor me = actor.get();
		Session session = register.session(me, id);
		model.addAttribute("run", session);
		model.addAttribute("edits", StrategyRoles.edits(me));
		if (StrategyRoles.edits(me)) {
			model.addAttribute("attendees", register.attendees(me, id));
			model.addAttribute("people", register.people());
			model.addAttribute("agencies", register.agencies());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "strategy/training/session";
	}

	@GetMapping("/strategy/training/sessions/{id}/attendees/{attendee}")
	String attendeeForm(@PathVariable UUID id, @PathVariable UUID attendee, Model model) {
		Actor me = actor.get();
		Attendee current = register.attendee(me, id, attendee);
		return attendeeForm(model, me, id, current, AttendeeForm.of(current), new FormErrors());
	}

	@PostMapping("/strategy/training/sessions/{id}/attendees/{attendee}")
	String changeAttendee(@PathVariable UUID id, @PathVariable UUID attendee, AttendeeForm form, Model model,
			RedirectAttributes redirect) {
		Actor me = actor.get();
		try {
			Attendee changed = register.changeAttendee(me, id, attendee, form.expectedVersion(), form.input());
			redirect.addFlashAttribute("success", changed.name() + "'s attendance changed");
			return "redirect:/strategy/training/sessions/" + id;
		}
		catch (InvalidInput ex) {
			return attendeeForm(model, me, id, register.attendee(me, id, attendee), form, problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			Attendee now = register.attendee(me, id, attendee);
			AttendeeForm kept = new AttendeeForm(form.practitionerId(), form.name(), form.agencyId(), form.attended(),
					form.confidenceBefore(), form.confidenceAfter(), String.valueOf(now.version()));
			return attendeeForm(model, me, id, now, kept, new FormErrors().reject("stale", TrainingRegister.STALE));
		}
	}

	private String attendeeForm(Model model, Actor me, UUID sessionId, Attendee attendee, AttendeeForm form,
			FormErrors errors) {
		model.addAttribute("run", register.session(me, sessionId));
		model.addAttribute("attendee", attendee);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.inOrder("stale", "attended", "confidenceBefore", "confidenceAfter"));
		return "strategy/training/attendee";
	}

	@GetMapping("/strategy/training/totals")
	String totals(@RequestParam(required = false) String year, @RequestParam(required = false) String fromDay,
			@RequestParam(required = false) String fromMonth, @RequestParam(required = false) String fromYear,
			@RequestParam(required = false) String toDay, @RequestParam(required = false) String toMonth,
			@RequestParam(required = false) String toYear, Model model) {
		Actor me = actor.get();
		StrategyRoles.require(me, StrategyRoles.READERS);
		FormErrors errors = new FormErrors();
		DateInput from = new DateInput(fromDay, fromMonth, fromYear);
		DateInput to = new DateInput(toDay, toMonth, toYear);
		Period period = Period.chosen(year, from, to, errors);
		model.addAttribute("errors", errors);
		model.addAttribute("yearText", year == null ? "" : year);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		if (period == null) {
			period = Period.financialYearOf(LocalDate.now(clock.withZone(LONDON)));
		}
		model.addAttribute("period", period);
		model.addAttribute("csvLink", "/strategy/training/totals.csv?fromDay=" + period.from().getDayOfMonth()
				+ "&fromMonth=" + period.from().getMonthValue() + "&fromYear=" + period.from().getYear() + "&toDay="
				+ period.to().getDayOfMonth() + "&toMonth=" + period.to().getMonthValue() + "&toYear="
				+ period.to().getYear());
		model.addAttribute("totals", report.totals(me, period.from(), period.to()));
		model.addAttribute("sessions", register.sessionsBetween(me, period.from(), period.to()));
		return "strategy/training/totals";
	}

	@GetMapping("/strategy/training/totals.csv")
	ResponseEntity<byte[]> totalsCsv(@RequestParam(required = false) String year,
			@RequestParam(required = false) String fromDay, @RequestParam(required = false) String fromMonth,
			@RequestParam(required = false) String fromYear, @RequestParam(required = false) String toDay,
			@RequestParam(required = false) String toMonth, @RequestParam(required = false) String toYear) {
		Actor me = actor.get();
		StrategyRoles.require(me, StrategyRoles.READERS);
		FormErrors errors = new FormErrors();
		Period period = Period.chosen(year, new DateInput(fromDay, fromMonth, fromYear), new DateInput(toDay, toMonth, toYear),
				errors);
		errors.throwIfAny();
		if (period == null) {
			period = Period.financialYearOf(LocalDate.now(clock.withZone(LONDON)));
		}
		TrainingReport.Totals totals = report.totals(me, period.from(), period.to());
		audit.record(me, AuditAction.EXPORT, "TRAINING_TOTALS", null, null, "Training figures exported (CSV)");
		String name = "training-" + period.from() + "-to-" + period.to() + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(TrainingCsv.of(period, totals).getBytes(StandardCharsets.UTF_8));
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}
}
