package org.seen.strategy.internal.feedback;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.CurrentActor;
import org.seen.agencies.Practitioners;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.workforce.Period;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entering feedback (printed forms, practitioners' own) and the partnership's summary of it. */
@Controller
class FeedbackPages {

	private final FeedbackEntries entries;

	private final FeedbackReport report;

	private final CurrentActor actor;

	private final Practitioners practitioners;

	private final AuditTrail audit;

	FeedbackPages(FeedbackEntries entries, FeedbackReport report, CurrentActor actor, Practitioners practitioners,
			AuditTrail audit) {
		this.entries = entries;
		this.report = report;
		this.actor = actor;
		this.practitioners = practitioners;
		this.audit = audit;
	}

	record PrintedFormForm(String givenOnDay, String givenOnMonth, String givenOnYear, String agencyId,
			String helpfulness, String helping, String couldBeBetter, String anythingElse) {

		static PrintedFormForm empty() {
			return new PrintedFormForm("", "", "", "", "", "", "", "");
		}

		DateInput givenOn() {
			return new DateInput(givenOnDay, givenOnMonth, givenOnYear);
		}
	}

	record PractitionerForm(String service, String rating, String helped, String couldBeBetter) {

		static PractitionerForm empty() {
			return new PractitionerForm("", "", "", "");
		}
	}

	@GetMapping("/strategy/feedback")
	String landing(Model model) {
		Actor me = actor.get();
		boolean enters = FeedbackEntries.mayEnter(me);
		boolean reads = StrategyRoles.reads(me);
		if (!enters && !reads) {
			throw new AccessDeniedException("Your role may not do this.");
		}
		model.addAttribute("enters", enters);
		model.addAttribute("reads", reads);
		return "strategy/feedback/landing";
	}

	@GetMapping("/strategy/feedback/printed-form")
	String printedForm(Model model) {
		require(actor.get());
		return printedForm(model, PrintedFormForm.empty(), new FormErrors());
	}

	@PostMapping("/strategy/feedback/printed-form")
	String enterPrintedForm(PrintedFormForm form, Model model, RedirectAttributes redirect) {
		Actor me = actor.get();
		FormErrors edge = new FormErrors();
		LocalDate givenOn = form.givenOn().parse("givenOn", "The date the form was filled in", edge);
		try {
			entries.enterPrintedForm(me, new FeedbackEntries.PrintedForm(givenOn, form.agencyId(), form.helpfulness(),
					form.helping(), form.couldBeBetter(), form.anythingElse()), edge);
		}
		catch (InvalidInput ex) {
			return printedForm(model, form, problems(ex));
		}
		redirect.addFlashAttribute("success", "Printed form entered. Thank you.");
		return "redirect:/strategy/feedback";
	}

	private String printedForm(Model model, PrintedFormForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("givenOn", form.givenOn());
		model.addAttribute("agencies", practitioners.agencies());
		model.addAttribute("scores", Helpfulness.values());
		model.addAttribute("errors", errors);
		return "strategy/feedback/printed-form";
	}

	@GetMapping("/strategy/feedback/practitioner")
	String practitionerForm(Model model) {
		require(actor.get());
		return practitionerForm(model, PractitionerForm.empty(), new FormErrors());
	}

	@PostMapping("/strategy/feedback/practitioner")
	String givePractitionerFeedback(PractitionerForm form, Model model, RedirectAttributes redirect) {
		try {
			entries.givePractitionerFeedback(actor.get(), new FeedbackEntries.PractitionerFeedback(form.service(),
					form.rating(), form.helped(), form.couldBeBetter()));
		}
		catch (InvalidInput ex) {
			return practitionerForm(model, form, problems(ex));
		}
		redirect.addFlashAttribute("success", "Feedback given. Thank you.");
		return "redirect:/strategy/feedback";
	}

	private String practitionerForm(Model model, PractitionerForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("services", SupportService.values());
		model.addAttribute("scores", Helpfulness.values());
		model.addAttribute("errors", errors);
		return "strategy/feedback/practitioner";
	}

	@GetMapping("/strategy/feedback/summary")
	String summary(@RequestParam(required = false) String year, @RequestParam(required = false) String fromDay,
			@RequestParam(required = false) String fromMonth, @RequestParam(required = false) String fromYear,
			@RequestParam(required = false) String toDay, @RequestParam(required = false) String toMonth,
			@RequestParam(required = false) String toYear, Model model) {
		Actor me = actor.get();
		StrategyRoles.require(me, StrategyRoles.READERS);
		FormErrors errors = new FormErrors();
		DateInput from = new DateInput(fromDay, fromMonth, fromYear);
		DateInput to = new DateInput(toDay, toMonth, toYear);
		Period period = Period.chosen(year, from, to, errors);
		if (period == null) {
			period = Period.financialYearOf(entries.today());
		}
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		// quarters are shown for a financial year; a chosen span shows its own totals only
		Period financialYear = period.label().matches("\\d{4}-\\d{2}") ? period : null;
		FeedbackReport.Summary summary = report.summary(me, period.from(), period.to());
		model.addAttribute("errors", errors);
		model.addAttribute("yearText", year == null ? "" : year);
		model.addAttribute("period", period);
		model.addAttribute("summary", summary);
		model.addAttribute("bars", report.helpfulBars(summary));
		model.addAttribute("quarters", financialYear == null ? java.util.List.of() : report.quarters(me, financialYear));
		model.addAttribute("edits", StrategyRoles.edits(me));
		model.addAttribute("comments", report.comments(me, period.from(), period.to()));
		model.addAttribute("commentsFrom", FeedbackReport.COMMENTS_FROM);
		return "strategy/feedback/summary";
	}

	@GetMapping("/strategy/feedback/summary.csv")
	ResponseEntity<byte[]> summaryCsv(@RequestParam(required = false) String year) {
		Actor me = actor.get();
		StrategyRoles.require(me, StrategyRoles.READERS);
		FormErrors errors = new FormErrors();
		Period period = year == null || year.isBlank() ? Period.financialYearOf(entries.today())
				: Period.parseYear(year, "year", errors);
		errors.throwIfAny();
		StringBuilder csv = new StringBuilder("\"Period\",\"Source\",\"Responses\",\"Helpful or very helpful\"\r\n");
		for (FeedbackReport.Quarter q : report.quarters(me, period)) {
			rows(csv, q.label(), q.summary());
		}
		rows(csv, period.label(), report.summary(me, period.from(), period.to()));
		csv.append("\"Note\",\"c = withheld: a number from 1 to 4. Comments are never exported.\",\"\",\"\"\r\n");
		audit.record(me, AuditAction.EXPORT, "FEEDBACK_SUMMARY", null, null, "Feedback summary exported (CSV)");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback-" + period.label() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void rows(StringBuilder csv, String period, FeedbackReport.Summary summary) {
		for (FeedbackReport.SourceRow row : summary.bySource()) {
			csv.append('"').append(period).append("\",\"").append(row.source()).append("\",\"")
				.append(row.responses()).append("\",\"").append(row.shareHelpful()).append("\"\r\n");
		}
		csv.append('"').append(period).append("\",\"All\",\"").append(summary.responses()).append("\",\"")
			.append(summary.shareHelpful()).append("\"\r\n");
	}

	private static void require(Actor me) {
		if (!FeedbackEntries.mayEnter(me)) {
			throw new AccessDeniedException("Only practitioners working with families enter feedback.");
		}
	}

	static FormErrors problems(InvalidInput ex) {
		FormErrors errors = new FormErrors();
		ex.problems().forEach(problem -> errors.reject(problem.field(), problem.message()));
		return errors;
	}

}
