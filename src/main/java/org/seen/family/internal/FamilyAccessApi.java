package org.seen.family.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family access for agency systems and integrations: practitioners only. Family members use the
 * pages alone: they sign in with a code rather than hold an API token, and a second way in would
 * be a second thing to keep apart from practitioners' data.
 */
@RestController
@Tag(name = "Family access", description = "Who in a child's family may see their plan on the family's pages")
class FamilyAccessApi {

	private final FamilyInvitations invitations;

	private final CurrentActor actor;

	FamilyAccessApi(FamilyInvitations invitations, CurrentActor actor) {
		this.invitations = invitations;
		this.actor = actor;
	}

	@GetMapping("/api/v1/children/{childId}/family-members")
	@Operation(summary = "Who has been invited to see the child's plan, current invitations first")
	List<Member> list(@PathVariable UUID childId) {
		return invitations.read(actor.get(), childId).members().stream().map(Member::of).toList();
	}

	@PostMapping("/api/v1/children/{childId}/family-members")
	@Operation(summary = "Invite a parent, carer (adultId) or the young person themself (youngPerson: true) to see "
			+ "the plans of the given children of the household; delivery EMAIL sends a code to email, PRINTED answers "
			+ "the code once, to hand over on paper")
	ResponseEntity<Invited> invite(@PathVariable UUID childId, @RequestBody InviteRequest request) {
		FamilyInvitations.Invited invited = invitations.invite(actor.get(), childId,
				new Invitation(request.adultId(), Boolean.TRUE.equals(request.youngPerson()), request.email(),
						request.delivery(), request.childIds()));
		return ResponseEntity.created(URI.create("/api/v1/family-members/" + invited.member().id()))
			.body(new Invited(invited.member().id(), invited.member().reference(), invited.delivery(), invited.code(),
					invited.expiresAt()));
	}

	@DeleteMapping("/api/v1/family-members/{memberId}")
	@Operation(summary = "End a family member's access at once")
	ResponseEntity<Void> revoke(@PathVariable UUID memberId) {
		invitations.revoke(actor.get(), memberId);
		return ResponseEntity.noContent().build();
	}

	record InviteRequest(UUID adultId, Boolean youngPerson, String email, Delivery delivery, List<UUID> childIds) {
	}

	/** {@code code} is present only for a printed code, and only in this answer. */
	record Invited(UUID id, String reference, Delivery delivery, String code, Instant expiresAt) {
	}

	record Member(UUID id, String reference, String name, boolean youngPerson, boolean current, Instant invitedAt,
			Instant lastSignedInAt, Instant revokedAt) {

		static Member of(FamilyMember m) {
			return new Member(m.id(), m.reference(), m.name(), m.youngPerson(), m.active(), m.invitedAt(),
					m.lastSignedInAt(), m.revokedAt());
		}
	}
}
