package org.seen.family.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.agencies.Involvements;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.seen.people.AdultSummary;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.people.RelationshipKind;
import org.seen.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting family members to see their plan, giving them new codes and ending their access. The
 * child's lead professional decides who in the family sees the plan; a DSL or manager whose agency
 * is involved may do it too (when the lead is away, or before one is named). Everyone who may see
 * the child sees who has access.
 */
@Service
class FamilyInvitations {

	static final String RECORD = "FAMILY_MEMBER";

	static final String ALREADY_INVITED = "They have already been invited. Give them a new code from the child’s page instead";

	/** A young person may be invited to see their own plan from this age. */
	static final int YOUNG_PERSON_FROM = 12;

	/**
	 * Who may be invited to see a child's plan by how they are related: the child's parents and
	 * carers. Anyone else (a grandparent, an aunt) only when recorded as holding parental
	 * responsibility, as a special guardian or under a child arrangements order would; another member
	 * of the household never.
	 */
	static final Set<RelationshipKind> PARENTS_AND_CARERS = java.util.EnumSet.of(RelationshipKind.MOTHER,
			RelationshipKind.FATHER, RelationshipKind.STEP_PARENT, RelationshipKind.MALE_CARER,
			RelationshipKind.FEMALE_CARER, RelationshipKind.FOSTER_CARER);

	static final String MAY_NOT_MANAGE = "Only the child’s lead professional, or a DSL or manager involved with the child, can give the family access";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final FamilyMembers members;

	private final InvitedChildren invited;

	private final SignInCodes codes;

	private final FamilyMail mail;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final ChildRecords children;

	private final Involvements involvements;

	private final Clock clock;

	FamilyInvitations(FamilyMembers members, InvitedChildren invited, SignInCodes codes, FamilyMail mail, ChildAccess access,
			AuditTrail audit, ChildRecords children, Involvements involvements, Clock clock) {
		this.members = members;
		this.invited = invited;
		this.codes = codes;
		this.mail = mail;
		this.access = access;
		this.audit = audit;
		this.children = children;
		this.involvements = involvements;
		this.clock = clock;
	}

	/** Whether the actor may invite the child's family and end their access. */
	boolean mayManage(Actor actor, UUID childId) {
		if (actor.practitioner() == null || !actor.role().isCasework()) {
			return false;
		}
		boolean lead = involvements.leadProfessional(childId).filter(actor.practitionerId()::equals).isPresent();
		return lead || (actor.is(Role.DSL) || actor.is(Role.MANAGER)) && access.isInvolved(actor, childId);
	}

	/** Whether the adult may be invited to see the plan of a child they are recorded for in this way. */
	static boolean parentOrCarer(AdultSummary adult) {
		return PARENTS_AND_CARERS.contains(adult.relationship())
				|| adult.relationship() != RelationshipKind.OTHER_HOUSEHOLD_MEMBER && adult.parentalResponsibility();
	}

	/** What the invitation form offers: the child's adults, the household's children, and the young person. */
	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class })
	Choices choices(Actor actor, UUID childId) {
		admitToManage(actor, childId, AuditAction.VIEW, null, "invitation form");
		return household(actor, childId);
	}

	private Choices household(Actor actor, UUID childId) {
		ChildSummary child = children.summary(childId).orElseThrow(RecordNotFound::new);
		List<ChildSummary> household = new ArrayList<>();
		household.add(child);
		children.siblings(childId).stream().filter(s -> access.canSee(actor, s.id())).forEach(household::add);
		Map<UUID, List<UUID>> recordedFor = new java.util.HashMap<>();
		for (ChildSummary each : household) {
			for (AdultSummary adult : children.adults(each.id()).stream().filter(FamilyInvitations::parentOrCarer).toList()) {
				recordedFor.computeIfAbsent(adult.id(), a -> new ArrayList<>()).add(each.id());
			}
		}
		return new Choices(child, children.adults(childId).stream().filter(FamilyInvitations::parentOrCarer).toList(),
				household, recordedFor, youngPersonAge(child),
				mail.available());
	}

	/** Invites the person and issues their first code; answers the code once, if printed. */
	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class })
	Invited invite(Actor actor, UUID childId, Invitation invitation) {
		admitToManage(actor, childId, AuditAction.VIEW, null, "invite");
		Choices choices = household(actor, childId);
		FormErrors errors = new FormErrors();
		if (invitation.adultId() == null && !invitation.youngPerson()) {
			errors.reject("person", "Select who you are inviting");
		}
		else if (invitation.adultId() != null && invitation.youngPerson()) {
			errors.reject("person", "Select one person to invite");
		}
		else if (invitation.adultId() != null
				&& choices.adults().stream().noneMatch(a -> a.id().equals(invitation.adultId()))) {
			errors.reject("person", "Select someone recorded as a parent or carer of this child");
		}
		else if (invitation.youngPerson() && !choices.youngPersonMayBeInvited()) {
			errors.reject("person", "A young person can be invited to see their own plan from the age of 12");
		}
		String email = checkEmail(invitation.email(), invitation.delivery(), errors);
		List<UUID> childIds = checkChildren(invitation, choices, errors.has("person"), errors);
		if (!errors.has("person")) {
			(invitation.youngPerson() ? members.current(null, childId) : members.current(invitation.adultId(), null))
				.ifPresent(existing -> errors.reject("person", ALREADY_INVITED));
		}
		errors.inOrder("person", "childIds", "delivery", "email").throwIfAny();
		for (UUID other : childIds) {
			if (!other.equals(childId)) {
				access.require(actor, other, AuditAction.CREATE, RECORD, null, "invited to see the plan");
			}
		}
		UUID id = members.add(invitation.youngPerson() ? null : invitation.adultId(),
				invitation.youngPerson() ? childId : null, email, actor.practitionerId(), Instant.now(clock), false,
				childIds)
			.orElseThrow(() -> new org.seen.web.InvalidInput("person", ALREADY_INVITED));
		access.require(actor, childId, AuditAction.CREATE, RECORD, id,
				"invited to see the plan; code " + invitation.delivery().name().toLowerCase());
		FamilyMember member = invited.named(id).orElseThrow();
		return send(member, invitation.delivery());
	}

	/** Withdraws the member's unused codes and issues a new one, for a lost code or a new sign-in. */
	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class })
	Invited newCode(Actor actor, UUID childId, UUID memberId, Delivery delivery) {
		admitToManage(actor, childId, AuditAction.CHANGE, memberId, "new code");
		FamilyMember member = memberOf(childId, memberId).filter(FamilyMember::active).orElseThrow(RecordNotFound::new);
		FormErrors errors = new FormErrors();
		if (delivery == null) {
			errors.reject("delivery", "Select how they will get their code");
		}
		else if (delivery == Delivery.EMAIL && member.email() == null) {
			errors.reject("delivery", "There is no email address for them: give them a printed code");
		}
		else if (delivery == Delivery.EMAIL && !mail.available()) {
			errors.reject("delivery", "Email is not set up in this Seen: give them a printed code");
		}
		errors.throwIfAny();
		members.withdrawCodes(memberId, Instant.now(clock));
		return send(member, delivery);
	}

	/** Ends the member's access at once: their next request finds them signed out. */
	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class })
	FamilyMember revoke(Actor actor, UUID childId, UUID memberId) {
		admitToManage(actor, childId, AuditAction.REMOVE, memberId, "end family access");
		FamilyMember member = memberOf(childId, memberId).orElseThrow(RecordNotFound::new);
		members.revoke(memberId, actor.practitionerId(), Instant.now(clock));
		return member;
	}

	/** Ends access from the API, which names only the member: admitted through any of their children. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	FamilyMember revoke(Actor actor, UUID memberId) {
		List<UUID> theirs = invited.of(memberId);
		UUID through = theirs.stream()
			.filter(child -> access.canSee(actor, child) && mayManage(actor, child))
			.findFirst()
			.orElseThrow(RecordNotFound::new);
		return revoke(actor, through, memberId);
	}

	/** Who has been invited, for the API: admits and audits the actor first (the child's page does so itself). */
	@Transactional(noRollbackFor = RecordNotFound.class)
	Access read(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, null, "family access");
		return ofChild(actor, childId);
	}

	/** Who has been invited to see the child's plan, and (for those who manage it) the family's feedback. */
	Access ofChild(Actor actor, UUID childId) {
		boolean manage = mayManage(actor, childId);
		return new Access(childId, invited.ofChild(childId), manage,
				manage ? invited.feedbackOn(childId, 5) : List.of());
	}

	private Optional<FamilyMember> memberOf(UUID childId, UUID memberId) {
		return invited.named(memberId).filter(m -> invited.of(m.id()).contains(childId));
	}

	/**
	 * Admits and audits the actor to manage the family's access to the child's plan. Whether they
	 * may is checked first: a refusal is audited as DENIED and survives (no roll-back for
	 * {@link AccessDeniedException}); someone who may not see the child gets a DENIED entry and a 404.
	 */
	private void admitToManage(Actor actor, UUID childId, AuditAction action, UUID memberId, String detail) {
		boolean manages = mayManage(actor, childId);
		if (!manages && access.canSee(actor, childId)) {
			audit.record(actor, AuditAction.DENIED, RECORD, memberId, childId, action.name() + ": " + detail);
			throw new AccessDeniedException(MAY_NOT_MANAGE);
		}
		access.require(actor, childId, action, RECORD, memberId, detail);
		if (!manages) {
			throw new AccessDeniedException(MAY_NOT_MANAGE);
		}
	}

	private Invited send(FamilyMember member, Delivery delivery) {
		SignInCodes.Issued issued = codes.issue(member.id(), delivery);
		if (delivery == Delivery.EMAIL) {
			mail.sendCode(member.email(), issued, codes.validity(delivery));
			return new Invited(member, null, issued.expiresAt(), delivery);
		}
		return new Invited(member, issued.display(), issued.expiresAt(), delivery);
	}

	private String checkEmail(String typed, Delivery delivery, FormErrors errors) {
		String email = typed == null || typed.isBlank() ? null : typed.trim();
		if (delivery == null) {
			errors.reject("delivery", "Select how they will get their code");
		}
		if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			errors.reject("email", "Enter an email address in the correct format, like name@example.com");
		}
		else if (delivery == Delivery.EMAIL && email == null) {
			errors.reject("email", "Enter their email address, or give them a printed code");
		}
		else if (delivery == Delivery.EMAIL && !mail.available()) {
			errors.reject("delivery", "Email is not set up in this Seen: give them a printed code");
		}
		return email;
	}

	private List<UUID> checkChildren(Invitation invitation, Choices choices, boolean personRefused, FormErrors errors) {
		Set<UUID> chosen = new LinkedHashSet<>(invitation.childIds() == null ? List.of() : invitation.childIds());
		chosen.remove(null);
		if (invitation.youngPerson()) {
			if (!chosen.isEmpty() && !chosen.equals(Set.of(choices.child().id()))) {
				errors.reject("childIds", "A young person can see only their own plan");
			}
			return List.of(choices.child().id());
		}
		if (chosen.isEmpty()) {
			errors.reject("childIds", "Select the children whose plans they may see");
		}
		else if (!choices.household().stream().map(ChildSummary::id).toList().containsAll(chosen)) {
			errors.reject("childIds", "Select only children of this household");
		}
		else if (!personRefused && !choices.recordedFor(invitation.adultId()).containsAll(chosen)) {
			// a father of one child is not given his partner's other children's plans
			errors.reject("childIds", "Select only the children they are recorded as a parent or carer of");
		}
		return List.copyOf(chosen);
	}

	private Integer youngPersonAge(ChildSummary child) {
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		return child.dateOfBirth() == null || child.dateOfBirth().isAfter(today) ? null
				: Period.between(child.dateOfBirth(), today).getYears();
	}

	public record Choices(ChildSummary child, List<AdultSummary> adults, List<ChildSummary> household,
			Map<UUID, List<UUID>> recordedFor, Integer childAge, boolean emailAvailable) {

		public boolean youngPersonMayBeInvited() {
			return childAge != null && childAge >= YOUNG_PERSON_FROM;
		}

		/** The children an adult is recorded for: what the form ticks for them at first. */
		public List<UUID> recordedFor(UUID adultId) {
			return recordedFor.getOrDefault(adultId, List.of());
		}
	}

	/** A member as just invited or given a new code; {@code code} only when printed. */
	public record Invited(FamilyMember member, String code, Instant expiresAt, Delivery delivery) {

		public String expiresOn() {
			return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
				.format(expiresAt.atZone(LONDON));
		}
	}

	public record Access(UUID childId, List<FamilyMember> members, boolean mayManage,
			List<InvitedChildren.GivenFeedback> feedback) {

		private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
			.ofPattern("d MMMM yyyy", java.util.Locale.UK);

		private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
			.ofPattern("d MMMM yyyy 'at' h:mma", java.util.Locale.UK);

		public List<FamilyMember> current() {
			return members.stream().filter(FamilyMember::active).toList();
		}

		public String lastSignedIn(FamilyMember member) {
			return member.lastSignedInAt() == null ? "Not signed in yet"
					: "Last signed in " + TIME.format(member.lastSignedInAt().atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
		}

		public String day(Instant instant) {
			return DAY.format(instant.atZone(LONDON));
		}
	}
}
