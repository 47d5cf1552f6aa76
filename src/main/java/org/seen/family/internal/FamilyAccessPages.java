package org.seen.family.internal;

import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practitioner's side of the family's view: inviting a family member, giving a new code and
 * ending access. A printed code is shown once, on the page that answers the form, with a letter
 * to print and hand over; it is never stored, so it cannot be shown again.
 */
@Controller
class FamilyAccessPages {

	static final String INVITE = "family/invite";

	static final String CODE = "family/code-issued";

	private final FamilyInvitations invitations;

	private final CurrentActor actor;

	private final FamilyMail mail;

	private final String printedValidFor;

	FamilyAccessPages(FamilyInvitations invitations, CurrentActor actor, FamilyMail mail,
			@Value("${seen.family.code.printed-valid-for}") java.time.Duration printedValidFor) {
		this.invitations = invitations;
		this.actor = actor;
		this.mail = mail;
		this.printedValidFor = FamilyText.duration(printedValidFor);
	}

	@GetMapping("/children/{childId}/family-access/new")
	String form(@PathVariable UUID childId, Model model) {
		FamilyInvitations.Choices choices = invitations.choices(actor.get(), childId);
		InvitationForm form = new InvitationForm();
		// without JavaScript the ticks cannot follow the person chosen: with one adult, tick their children
		if (choices.adults().size() == 1) {
			form.setPerson(choices.adults().get(0).id().toString());
			form.setChildIds(choices.recordedFor(choices.adults().get(0).id()).stream().map(UUID::toString).toList());
		}
		else {
			form.setChildIds(java.util.List.of(childId.toString()));
		}
		return form(model, choices, form, new FormErrors());
	}

	@PostMapping("/children/{childId}/family-access/new")
	String invite(@PathVariable UUID childId, InvitationForm form, Model model) {
		try {
			return issued(model, childId, invitations.invite(actor.get(), childId, form.invitation()));
		}
		catch (InvalidInput ex) {
			FormErrors errors = new FormErrors();
			ex.problems().forEach(p -> errors.reject(p.field(), p.message()));
			return form(model, invitations.choices(actor.get(), childId), form, errors);
		}
	}

	@PostMapping("/children/{childId}/family-access/{memberId}/code")
	String newCode(@PathVariable UUID childId, @PathVariable UUID memberId,
			@RequestParam(required = false) String delivery, Model model, RedirectAttributes redirect) {
		Delivery how = "EMAIL".equals(delivery) ? Delivery.EMAIL : Delivery.PRINTED;
		try {
			return issued(model, childId, invitations.newCode(actor.get(), childId, memberId, how));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("familyAccessProblem", ex.getMessage());
			return "redirect:/children/" + childId + "#family-access";
		}
	}

	@PostMapping("/children/{childId}/family-access/{memberId}/revoke")
	String revoke(@PathVariable UUID childId, @PathVariable UUID memberId, RedirectAttributes redirect) {
		FamilyMember member = invitations.revoke(actor.get(), childId, memberId);
		redirect.addFlashAttribute("success", member.name() + " can no longer see the plan");
		return "redirect:/children/" + childId;
	}

	private String issued(Model model, UUID childId, FamilyInvitations.Invited invited) {
		model.addAttribute("childId", childId);
		model.addAttribute("invited", invited);
		model.addAttribute("validFor", printedValidFor);
		model.addAttribute("signInLink", mail.link());
		return CODE;
	}

	private String form(Model model, FamilyInvitations.Choices choices, InvitationForm form, FormErrors errors) {
		model.addAttribute("choices", choices);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.inOrder("person", "childIds", "delivery", "email"));
		model.addAttribute("youngPerson", InvitationForm.YOUNG_PERSON);
		return INVITE;
	}
}
