package org.seen.family.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.seen.family.internal.FamilyMembers.Delivery;
import org.seen.family.internal.FamilyMembers.StoredCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues and checks one-time codes. Only a salted slow hash of each code is stored (the same
 * encoder as passwords), so a copy of the database does not give anyone a way in; a code works
 * once, and only until it expires: soon for an emailed code, longer for one handed over on paper.
 */
@Component
class SignInCodes {

	private final FamilyMembers members;

	private final PasswordEncoder hashes;

	private final Clock clock;

	private final Duration emailed;

	private final Duration printed;

	SignInCodes(FamilyMembers members, PasswordEncoder hashes, Clock clock,
			@Value("${seen.family.code.emailed-valid-for}") Duration emailed,
			@Value("${seen.family.code.printed-valid-for}") Duration printed) {
		this.members = members;
		this.hashes = hashes;
		this.clock = clock;
		this.emailed = emailed;
		this.printed = printed;
	}

	/** Issues a new code, answering it in plain text: the only time it exists outside a hash. */
	Issued issue(UUID memberId, Delivery delivery) {
		return issue(memberId, delivery, FamilyCodes.newCode());
	}

	/** Issues this code (the demo family's fixed one). */
	Issued issue(UUID memberId, Delivery delivery, String code) {
		Instant now = Instant.now(clock);
		Instant expires = now.plus(validity(delivery));
		members.addCode(memberId, hashes.encode(code), delivery, now, expires);
		return new Issued(code, delivery, expires);
	}

	Duration validity(Delivery delivery) {
		return delivery == Delivery.EMAIL ? emailed : printed;
	}

	/** The member's usable code matching what was typed, if any. */
	Optional<StoredCode> match(UUID memberId, String code) {
		return members.usableCodes(memberId, Instant.now(clock))
			.stream()
			.filter(stored -> hashes.matches(code, stored.hash()))
			.findFirst();
	}

	/** A code as just issued. */
	record Issued(String code, Delivery delivery, Instant expiresAt) {

		String display() {
			return FamilyCodes.display(code);
		}
	}
}
