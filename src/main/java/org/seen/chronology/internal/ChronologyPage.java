package org.seen.chronology.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.chronology.EventType;
import org.seen.people.ChildRecords;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's whole chronology as a table, filtered by agency, type and dates. */
@Controller
class ChronologyPage {

	static final String VIEW = "chronology/chronology";

	private final Chronology chronology;

	private final ChildRecords children;

	private final CurrentActor actor;

	ChronologyPage(Chronology chronology, ChildRecords children, CurrentActor actor) {
		this.chronology = chronology;
		this.children = children;
		this.actor = actor;
	}

	@GetMapping("/children/{childId}/chronology")
	String chronology(@PathVariable UUID childId, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String type, @RequestParam(required = false) String fromDay,
			@RequestParam(required = false) String fromMonth, @RequestParam(required = false) String fromYear,
			@RequestParam(required = false) String toDay, @RequestParam(required = false) String toMonth,
			@RequestParam(required = false) String toYear, @RequestParam(defaultValue = "1") int page, Model model) {
		int pageNumber = Math.max(1, Math.min(page, 10_000));
		FormErrors errors = new FormErrors();
		UUID agencyId = parse(agency, "agency", "Select an agency from the list", errors, UUID::fromString);
		EventType eventType = parse(type, "type", "Select a type from the list", errors, EventType::valueOf);
		DateInput fromInput = new DateInput(fromDay, fromMonth, fromYear);
		DateInput toInput = new DateInput(toDay, toMonth, toYear);
		LocalDate fromDate = fromInput.parse("from", "Date from", errors);
		LocalDate toDate = toInput.parse("to", "Date to", errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.reject("to", "Date to must be the same as or after date from");
		}
		ChronologyFilter filter = errors.isEmpty() ? new ChronologyFilter(agencyId, eventType, fromDate, toDate)
				: ChronologyFilter.ALL;
		java.util.List<ChronologyEvent> found = chronology.page(actor.get(), childId, filter, pageNumber);
		boolean more = found.size() > Chronology.SCREEN_PAGE;
		model.addAttribute("events", more ? found.subList(0, Chronology.SCREEN_PAGE) : found);
		model.addAttribute("page", pageNumber);
		model.addAttribute("previousPage", pageNumber > 1 ? pageNumber - 1 : null);
		model.addAttribute("nextPage", more ? pageNumber + 1 : null);
		model.addAttribute("child", children.summary(childId).orElseThrow(RecordNotFound::new));
		model.addAttribute("agencies", chronology.agencies(childId));
		model.addAttribute("types", EventType.values());
		model.addAttribute("filter", Map.of("agency", agency == null ? "" : agency, "type", type == null ? "" : type));
		model.addAttribute("fromDate", fromInput);
		model.addAttribute("toDate", toInput);
		model.addAttribute("filtered", agencyId != null || eventType != null || fromDate != null || toDate != null);
		model.addAttribute("errors", errors);
		model.addAttribute("actorAgency", actor.get().agencyId());
		return VIEW;
	}

	private static <T> T parse(String value, String field, String message, FormErrors errors,
			java.util.function.Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.trim());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.reject(field, message);
			return null;
		}
	}
}
