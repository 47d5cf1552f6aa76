package org.seen.people.internal;

import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.CurrentActor;
import org.seen.access.RecordNotFound;
import org.seen.agencies.InvolvementKind;
import org.seen.agencies.Involvements;
import org.seen.agencies.PractitionerSummary;
import org.seen.agencies.Practitioners;
import org.seen.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who works with the child. Anyone involved can bring in a practitioner from another agency
 * (who can then see the record and add to the chronology), or record that someone has stopped
 * working with the child. Agencies seeing only their own piece is what this is here to prevent.
 */
@Controller
class InvolvementPages {

	private final ChildRegister register;

	private final Involvements involvements;

	private final Practitioners practitioners;

	private final AuditTrail audit;

	private final CurrentActor actor;

	private final TransactionTemplate transaction;

	private final ChildAccess access;

	private final org.seen.agencies.PractitionerDirectory directory;

	InvolvementPages(ChildRegister register, Involvements involvements, Practitioners practitioners, AuditTrail audit,
			CurrentActor actor, TransactionTemplate transaction, ChildAccess access,
			org.seen.agencies.PractitionerDirectory directory) {
		this.access = access;
		this.directory = directory;
		this.register = register;
		this.involvements = involvements;
		this.practitioners = practitioners;
		this.audit = audit;
		this.actor = actor;
		this.transaction = transaction;
	}

	@GetMapping("/children/{id}/involvement/new")
	String form(@PathVariable UUID id, Model model) {
		Child child = register.require(actor.get(), id);
		requireInvolved(actor.get(), id);
		return addForm(model, child, null, null, null);
	}

	/** Someone here by breaking glass may read, but may not change who works with the child. */
	private void requireInvolved(Actor who, UUID childId) {
		if (!access.isInvolved(who, childId)) {
			audit.record(who, AuditAction.DENIED, "INVOLVEMENT", null, childId, "change the team: not involved");
			throw new RecordNotFound();
		}
	}

	@PostMapping("/children/{id}/involvement/new")
	String add(@PathVariable UUID id, @RequestParam(required = false) String practitioner,
			@RequestParam(required = false) String kind, Model model) {
		Actor who = actor.get();
		Child child = register.require(who, id);
		requireInvolved(who, id);
		FormErrors errors = new FormErrors();
		Optional<PractitionerSummary> chosen = parse(practitioner).flatMap(practitioners::find);
		if (chosen.isEmpty()) {
			errors.reject("practitioner", "Select the practitioner who is working with the child");
		}
		InvolvementKind chosenKind = "LEAD_PROFESSIONAL".equals(kind) ? InvolvementKind.LEAD_PROFESSIONAL
				: "INVOLVED".equals(kind) ? InvolvementKind.INVOLVED : null;
		if (chosenKind == null) {
			errors.reject("kind", "Select whether they are the lead professional");
		}
		if (errors.any()) {
			model.addAttribute("errors", errors);
			return addForm(model, child, errors, practitioner, kind);
		}
		transaction.executeWithoutResult(status -> {
			involvements.involve(id, chosen.get(), chosenKind);
			audit.record(who, AuditAction.CHANGE, "INVOLVEMENT", chosen.get().id(), id,
					"added " + chosenKind + " from agency " + chosen.get().agencyId());
		});
		return "redirect:/children/" + id + "?involved";
	}

	@GetMapping("/children/{id}/involvement/{involvementId}/end")
	String confirm(@PathVariable UUID id, @PathVariable UUID involvementId, Model model) {
		Child child = register.require(actor.get(), id);
		requireInvolved(actor.get(), id);
		model.addAttribute("child", child);
		model.addAttribute("involvement", current(id, involvementId));
		return "people/end-involvement";
	}

	@PostMapping("/children/{id}/involvement/{involvementId}/end")
	String end(@PathVariable UUID id, @PathVariable UUID involvementId, @RequestParam(required = false) String reason,
			Model model) {
		Actor who = actor.get();
		Child child = register.require(who, id);
		requireInvolved(who, id);
		Involvements.Involved involvement = current(id, involvementId);
		if (reason == null || reason.isBlank()) {
			model.addAttribute("child", child);
			model.addAttribute("involvement", involvement);
			model.addAttribute("errors", new FormErrors().reject("reason", "Enter why they are no longer working with the child"));
			return "people/end-involvement";
		}
		transaction.executeWithoutResult(status -> {
			involvements.end(id, involvementId);
			audit.record(who, AuditAction.CHANGE, "INVOLVEMENT", involvementId, id, "ended: " + reason.trim());
		});
		// someone who ends their own involvement may no longer see the child
		return register.canSee(who, id) ? "redirect:/children/" + id + "?involvementEnded" : "redirect:/?involvementEnded";
	}

	private Involvements.Involved current(UUID childId, UUID involvementId) {
		return involvements.of(childId)
			.stream()
			.filter(i -> i.id().equals(involvementId))
			.findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	private String addForm(Model model, Child child, FormErrors errors, String practitioner, String kind) {
		model.addAttribute("child", child);
		model.addAttribute("practitioners", directory.people());
		model.addAttribute("chosen", practitioner);
		model.addAttribute("kind", kind == null ? "INVOLVED" : kind);
		return "people/add-involvement";
	}

	private static Optional<UUID> parse(String value) {
		try {
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
