package org.seen.pathway.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.calendar.WorkingDays;
import org.seen.pathway.LawfulBasis;
import org.seen.people.AdultSummary;
import org.seen.people.ChildRecords;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's consent to early help: recorded by someone working with the child, withdrawn when
 * the family says so. A consent is never removed; its history is part of the record.
 */
@Service
class ChildConsents {

	static final String RECORD = "CONSENT";

	private final ChildAccess access;

	private final RoleGate gate;

	private final Consents consents;

	private final ChildRecords children;

	private final Clock clock;

	ChildConsents(ChildAccess access, RoleGate gate, Consents consents, ChildRecords children, Clock clock) {
		this.access = access;
		this.gate = gate;
		this.consents = consents;
		this.children = children;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDays.ENGLAND));
	}

	/** What the consent form holds. {@code givenByAdult} is one of the child's adults, or null with a name typed. */
	record Given(UUID givenByAdult, String givenByName, String purpose, HowGiven how, LocalDate givenOn,
			LawfulBasis lawfulBasis) {
	}

	/** The adults who could give consent, for the form; the reader has been admitted. */
	List<AdultSummary> adults(UUID childId) {
		return children.adults(childId);
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	Consent record(Actor actor, UUID childId, Given given) {
		UUID id = UUID.randomUUID();
		gate.require(actor, ChildLevels.worksWithChildren(actor), ChildLevels.WORK_WITH_CHILDREN, childId,
				AuditAction.CREATE, RECORD, id, null);
		FormErrors errors = new FormErrors();
		String givenBy = null;
		if (given.givenByAdult() != null) {
			givenBy = children.adults(childId)
				.stream()
				.filter(adult -> adult.id().equals(given.givenByAdult()))
				.map(adult -> adult.name() + " (" + adult.relationship().label() + ")")
				.findFirst()
				.orElse(null);
			if (givenBy == null) {
				errors.reject("givenBy", "Select someone recorded in the child's life, or enter the name of who gave consent");
			}
		}
		else {
			givenBy = Text.trimmed(given.givenByName());
			if (givenBy == null) {
				errors.reject("givenBy", "Select who gave consent, or enter their name");
			}
			else if (givenBy.length() > 200) {
				errors.reject("givenBy", "The name must be 200 characters or fewer");
			}
		}
		String purpose = Text.trimmed(given.purpose());
		if (purpose == null) {
			errors.reject("purpose", "Enter what the family consented to");
		}
		else if (purpose.length() > 2000) {
			errors.reject("purpose", "What they consented to must be 2000 characters or fewer");
		}
		if (given.how() == null) {
			errors.reject("how", "Select how consent was given");
		}
		if (given.givenOn() == null) {
			errors.reject("givenOn", "Enter the date consent was given");
		}
		else if (given.givenOn().isAfter(today())) {
			errors.reject("givenOn", "The date consent was given must be today or in the past");
		}
		if (given.lawfulBasis() == null) {
			errors.reject("lawfulBasis", "Select the lawful basis for sharing information");
		}
		errors.inOrder("givenBy", "purpose", "how", "givenOn", "lawfulBasis").throwIfAny();
		Consent consent = new Consent(id, childId, givenBy, given.givenByAdult(), purpose, given.how(), given.givenOn(),
				given.lawfulBasis(), null, null, actor.displayName(), Instant.now(clock), 0);
		consents.insert(consent, actor.accountId());
		return consents.find(id).orElseThrow();
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	Consent read(Actor actor, UUID consentId) {
		Consent found = consents.find(consentId).orElseThrow(RecordNotFound::new);
		access.require(actor, found.childId(), AuditAction.VIEW, RECORD, consentId, null);
		return found;
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	List<Consent> ofChild(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "list");
		return consents.ofChild(childId);
	}

	Optional<Consent> standing(UUID childId) {
		return ChildLevels.standingConsent(consents.ofChild(childId), today());
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class, AccessDeniedException.class })
	Consent withdraw(Actor actor, UUID consentId, Integer expectedVersion, LocalDate on, String reason) {
		Consent current = consents.find(consentId).orElseThrow(RecordNotFound::new);
		gate.require(actor, ChildLevels.worksWithChildren(actor), ChildLevels.WORK_WITH_CHILDREN, current.childId(),
				AuditAction.CHANGE, RECORD, consentId, "withdraw");
		if (current.withdrawn()) {
			throw new InvalidInput("withdrawnOn", "This consent was already withdrawn on " + current.withdrawnOn());
		}
		FormErrors errors = new FormErrors();
		if (on == null) {
			errors.reject("withdrawnOn", "Enter the date consent was withdrawn");
		}
		else if (on.isAfter(today())) {
			errors.reject("withdrawnOn", "The date consent was withdrawn must be today or in the past");
		}
		else if (on.isBefore(current.givenOn())) {
			errors.reject("withdrawnOn", "The date consent was withdrawn must be on or after the day it was given");
		}
		String why = Text.trimmed(reason);
		if (why == null) {
			errors.reject("reason", "Enter why consent was withdrawn, in the family's words if you can");
		}
		else if (why.length() > 2000) {
			errors.reject("reason", "The reason must be 2000 characters or fewer");
		}
		if (expectedVersion == null) {
			errors.reject("version", ChildLevels.NO_VERSION);
		}
		errors.throwIfAny();
		consents.withdraw(consentId, expectedVersion, on, why);
		return consents.find(consentId).orElseThrow();
	}
}
