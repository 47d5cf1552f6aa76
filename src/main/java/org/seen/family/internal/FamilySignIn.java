package org.seen.family.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.seen.Deployment;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.family.internal.FamilyMembers.Delivery;
import org.seen.family.internal.FamilyMembers.StoredCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing a family member in with a one-time code, and emailing a new code on request. Five
 * wrong codes lock the family member for fifteen minutes, and an address that fails too often is
 * refused whoever it tries; every attempt is written to the audit trail. The answer to a wrong
 * code never says whether the email address or reference exists.
 */
@Service
class FamilySignIn {

	/** The demo family's code, which (in the demo only) is issued again each time it is used. */
	static final String DEMO_CODE = "DEMXPFAM26";

	private final FamilyMembers members;

	private final SignInCodes codes;

	private final FamilyMail mail;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Deployment deployment;

	private final int maxFailures;

	private final Duration lockout;

	private final int maxFailuresPerAddress;

	FamilySignIn(FamilyMembers members, SignInCodes codes, FamilyMail mail, AuditTrail audit, JdbcClient jdbc,
			Clock clock, Deployment deployment, @Value("${seen.family.sign-in.max-failures}") int maxFailures,
			@Value("${seen.family.sign-in.lockout}") Duration lockout,
			@Value("${seen.sign-in.max-failures-per-address}") int maxFailuresPerAddress) {
		this.members = members;
		this.codes = codes;
		this.mail = mail;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.deployment = deployment;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
	}

	sealed interface Outcome {
	}

	record SignedIn(FamilyPrincipal principal) implements Outcome {
	}

	/** The code is wrong, used, withdrawn or out of date, or no one signs in with that address. */
	record Refused() implements Outcome {
	}

	record Locked() implements Outcome {
	}

	record Throttled() implements Outcome {
	}

	@Transactional
	Outcome signIn(String who, String typedCode, String address) {
		Instant now = Instant.now(clock);
		if (throttled(address, now)) {
			audit.recordSignIn("family:" + describe(who), AuditAction.SIGN_IN_FAILED, "throttled", address);
			return new Throttled();
		}
		List<FamilyMember> candidates = candidates(who);
		if (candidates.isEmpty()) {
			audit.recordSignIn("family:unknown", AuditAction.SIGN_IN_FAILED, "no current family member", address);
			return new Refused();
		}
		Optional<String> code = FamilyCodes.normalise(typedCode);
		boolean anyUnlocked = false;
		for (FamilyMember member : candidates) {
			if (member.lockedAt(now)) {
				continue;
			}
			anyUnlocked = true;
			if (member.lockedUntil() != null) {
				members.unlock(member.id());
			}
			if (code.isEmpty()) {
				continue;
			}
			Optional<StoredCode> match = codes.match(member.id(), code.get());
			if (match.isPresent() && members.use(match.get().id(), now)) {
				members.signedIn(member.id(), now);
				audit.recordSignIn("family:" + member.reference(), AuditAction.SIGN_IN,
						"one-time code, " + match.get().delivery().name().toLowerCase(), address);
				if (member.demo() && deployment.isDemo() && DEMO_CODE.equals(code.get())) {
					codes.issue(member.id(), Delivery.PRINTED, DEMO_CODE);
				}
				return new SignedIn(new FamilyPrincipal(member.id(), member.reference()));
			}
		}
		if (!anyUnlocked) {
			candidates.forEach(member -> audit.recordSignIn("family:" + member.reference(), AuditAction.SIGN_IN_FAILED,
					"locked", address));
			return new Locked();
		}
		boolean lockedNow = false;
		for (FamilyMember member : candidates) {
			if (!member.lockedAt(now)) {
				boolean locked = members.failed(member.id(), maxFailures, now.plus(lockout));
				lockedNow |= locked;
				audit.recordSignIn("family:" + member.reference(), AuditAction.SIGN_IN_FAILED,
						locked ? "wrong code; locked" : "wrong code", address);
			}
		}
		return lockedNow && candidates.size() == 1 ? new Locked() : new Refused();
	}

	/**
	 * Emails a new code to each current family member with this address, at most three an hour
	 * each; answers nothing, so that the page cannot be used to find out who is registered.
	 */
	@Transactional
	void emailCode(String email, String address) {
		if (email == null || !email.contains("@") || !mail.available()) {
			return;
		}
		Instant now = Instant.now(clock);
		if (throttled(address, now)) {
			return;
		}
		for (FamilyMember member : members.signingInAs("", email.trim())) {
			if (member.lockedAt(now)
					|| members.codesIssuedSince(member.id(), Delivery.EMAIL, now.minus(Duration.ofHours(1))) >= 3) {
				continue;
			}
			SignInCodes.Issued issued = codes.issue(member.id(), Delivery.EMAIL);
			mail.sendCode(member.email(), issued, codes.validity(Delivery.EMAIL));
			audit.recordFamily(member.reference(), AuditAction.CREATE, "FAMILY_CODE", member.id(), null,
					"emailed on request");
		}
	}

	private List<FamilyMember> candidates(String who) {
		if (who == null || who.isBlank()) {
			return List.of();
		}
		if (who.contains("@")) {
			return members.signingInAs("", who.trim());
		}
		return FamilyCodes.reference(who).map(reference -> members.signingInAs(reference, "")).orElse(List.of());
	}

	/** What the audit trail says was typed: a reference as it is, never an email address. */
	private static String describe(String who) {
		return who != null && !who.contains("@") ? FamilyCodes.reference(who).orElse("unknown") : "email";
	}

	private boolean throttled(String address, Instant now) {
		return jdbc.sql("""
				select count(*) from audit_entry
				where action = 'SIGN_IN_FAILED' and source_address = ? and occurred_at > ?""")
			.params(address, Timestamp.from(now.minus(lockout)))
			.query(Integer.class)
			.single() >= maxFailuresPerAddress;
	}
}
