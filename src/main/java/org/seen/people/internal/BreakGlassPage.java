package org.seen.people.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.seen.access.Actor;
import org.seen.access.BreakGlass;
import org.seen.access.ChildAccess;
import org.seen.access.CurrentActor;
import org.seen.people.ChildRecords;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Breaking glass: a practitioner who is not involved with a child, facing an emergency, opens the
 * child's record by giving an identifier and a written reason. The reason is audited and shown
 * to the child's lead professional and to auditors.
 */
@Controller
class BreakGlassPage {

	static final String VIEW = "people/break-glass";

	private static final Pattern NHS_NUMBER = Pattern.compile("[0-9]{10}");

	private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");

	private final ChildRecords records;

	private final ChildAccess access;

	private final BreakGlass breakGlass;

	private final CurrentActor currentActor;

	BreakGlassPage(ChildRecords records, ChildAccess access, BreakGlass breakGlass, CurrentActor currentActor) {
		this.records = records;
		this.access = access;
		this.breakGlass = breakGlass;
		this.currentActor = currentActor;
	}

	@GetMapping("/break-glass")
	String form(@ModelAttribute("form") BreakGlassForm form, Model model) {
		model.addAttribute("errors", new FormErrors());
		model.addAttribute("hours", breakGlassHours());
		return VIEW;
	}

	@PostMapping("/break-glass")
	String open(@ModelAttribute("form") BreakGlassForm form, Model model) {
		FormErrors errors = new FormErrors();
		Optional<UUID> child = Optional.empty();
		if (form.getIdentifier().isBlank()) {
			errors.reject("identifier", "Enter the child's NHS number, UPN or local id");
		}
		else {
			child = find(form.getIdentifier());
			if (child.isEmpty()) {
				errors.reject("identifier", "No child has that NHS number, UPN or local id");
			}
		}
		if (form.getReason().isBlank()) {
			errors.reject("reason", "Enter why you need to see this child's record now");
		}
		else if (form.getReason().trim().length() < BreakGlass.MINIMUM_REASON_LENGTH) {
			errors.reject("reason", "The reason must be " + BreakGlass.MINIMUM_REASON_LENGTH
					+ " characters or more");
		}
		if (errors.any()) {
			model.addAttribute("errors", errors);
			model.addAttribute("hours", breakGlassHours());
			return VIEW;
		}
		Actor actor = currentActor.get();
		UUID childId = child.get();
		// Someone who may already see the child needs no emergency access, and their lead need not be told.
		if (!access.canSee(actor, childId)) {
			breakGlass.open(actor, childId, form.getReason());
		}
		return "redirect:/children/" + childId;
	}

	/** Tries the identifier as each scheme it could be, most specific first. */
	private Optional<UUID> find(String identifier) {
		String compact = identifier.replaceAll("[\\s-]", "").toUpperCase();
		if (NHS_NUMBER.matcher(compact).matches()) {
			Optional<UUID> found = records.idByIdentifier("NHS", compact);
			if (found.isPresent()) {
				return found;
			}
		}
		if (UPN.matcher(compact).matches()) {
			Optional<UUID> found = records.idByIdentifier("UPN", compact);
			if (found.isPresent()) {
				return found;
			}
		}
		return records.idByIdentifier("LOCAL", identifier.trim());
	}

	private long breakGlassHours() {
		return breakGlass.duration().toHours();
	}

	/** What the practitioner types: bound as text, checked above. */
	static class BreakGlassForm {

		private String identifier = "";

		private String reason = "";

		public String getIdentifier() {
			return identifier;
		}

		public void setIdentifier(String identifier) {
			this.identifier = identifier == null ? "" : identifier;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason == null ? "" : reason;
		}
	}
}
