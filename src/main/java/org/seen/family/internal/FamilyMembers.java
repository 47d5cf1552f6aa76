package org.seen.family.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Family members and their codes, as signing in needs them. Which children each may see, their
 * names and their feedback are in {@link InvitedChildren}, read only behind a gate.
 */
@Repository
class FamilyMembers {

	/** Without names: signing in needs none, and names are read only behind a gate ({@link InvitedChildren}). */
	private static final String SELECT = """
			select m.id, m.reference, m.adult_id, m.young_person_id, m.email, m.invited_by, m.invited_at,
			       m.last_signed_in_at, m.revoked_at, m.failed_attempts, m.locked_until, m.demo, null as name
			from family_member m
			""";

	static final RowMapper<FamilyMember> MEMBER = (rs, n) -> new FamilyMember(rs.getObject("id", UUID.class),
			rs.getString("reference"), rs.getObject("adult_id", UUID.class), rs.getObject("young_person_id", UUID.class),
			rs.getString("name"), rs.getString("email"), rs.getObject("invited_by", UUID.class),
			instant(rs.getTimestamp("invited_at")), instant(rs.getTimestamp("last_signed_in_at")),
			instant(rs.getTimestamp("revoked_at")), rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until")),
			rs.getBoolean("demo"));

	private final JdbcClient jdbc;

	FamilyMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the member and the children they may see; empty when the person already has a current
	 * invitation (another practitioner may have invited them a moment ago).
	 */
	Optional<UUID> add(UUID adultId, UUID youngPersonId, String email, UUID invitedBy, Instant now, boolean demo,
			List<UUID> childIds) {
		UUID id = UUID.randomUUID();
		// "do nothing" rather than an error on a clash: after a unique violation PostgreSQL refuses
		// every further statement in the transaction, so neither a retry nor a clear refusal could follow
		for (int attempt = 0;; attempt++) {
			int added = jdbc.sql("""
					insert into family_member (id, reference, adult_id, young_person_id, email, invited_by, invited_at, demo)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict do nothing""")
				.params(id, FamilyCodes.newReference(), adultId, youngPersonId, email, invitedBy, Timestamp.from(now), demo)
				.update();
			if (added > 0) {
				break;
			}
			// the clash was the person's current invitation, or else (very rarely) a random reference
			if (current(adultId, youngPersonId).isPresent()) {
				return Optional.empty();
			}
			if (attempt >= 5) {
				throw new IllegalStateException("Could not find an unused family reference");
			}
		}
		childIds.forEach(child -> jdbc
			.sql("insert into family_member_child (family_member_id, child_id) values (?, ?)")
			.params(id, child)
			.update());
		return Optional.of(id);
	}

	Optional<FamilyMember> find(UUID id) {
		return jdbc.sql(SELECT + "where m.id = ?").param(id).query(MEMBER).optional();
	}

	/** The person's current (not revoked) invitation, if they have one. */
	Optional<FamilyMember> current(UUID adultId, UUID youngPersonId) {
		return adultId != null
				? jdbc.sql(SELECT + "where m.adult_id = ? and m.revoked_at is null").param(adultId).query(MEMBER).optional()
				: jdbc.sql(SELECT + "where m.young_person_id = ? and m.revoked_at is null")
					.param(youngPersonId)
					.query(MEMBER)
					.optional();
	}

	/** Current members who might be signing in with this email address or family reference. */
	List<FamilyMember> signingInAs(String reference, String email) {
		return jdbc.sql(SELECT + "where m.revoked_at is null and (m.reference = ? or lower(m.email) = lower(?))")
			.params(reference, email)
			.query(MEMBER)
			.list();
	}

	boolean isCurrent(UUID memberId) {
		return jdbc.sql("select count(*) from family_member where id = ? and revoked_at is null")
			.param(memberId)
			.query(Integer.class)
			.single() > 0;
	}

	boolean revoke(UUID memberId, UUID by, Instant now) {
		boolean revoked = jdbc.sql("""
				update family_member set revoked_at = ?, revoked_by = ?, version = version + 1
				where id = ? and revoked_at is null""")
			.params(Timestamp.from(now), by, memberId)
			.update() > 0;
		withdrawCodes(memberId, now);
		return revoked;
	}

	void changeEmail(UUID memberId, String email) {
		jdbc.sql("update family_member set email = ?, version = version + 1 where id = ?").params(email, memberId).update();
	}

	// codes

	void addCode(UUID memberId, String codeHash, Delivery delivery, Instant now, Instant expires) {
		jdbc.sql("""
				insert into family_code (id, family_member_id, code_hash, delivery, issued_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), memberId, codeHash, delivery.name(), Timestamp.from(now), Timestamp.from(expires))
			.update();
	}

	/** Codes that could still be used now: not used, not withdrawn, not expired. */
	List<StoredCode> usableCodes(UUID memberId, Instant now) {
		return jdbc.sql("""
				select id, code_hash, delivery from family_code
				where family_member_id = ? and used_at is null and withdrawn_at is null and expires_at > ?""")
			.params(memberId, Timestamp.from(now))
			.query((rs, n) -> new StoredCode(rs.getObject("id", UUID.class), rs.getString("code_hash"),
					Delivery.valueOf(rs.getString("delivery"))))
			.list();
	}

	/** Marks the code used, once: false if another request used it first. */
	boolean use(UUID codeId, Instant now) {
		return jdbc.sql("update family_code set used_at = ? where id = ? and used_at is null and withdrawn_at is null")
			.params(Timestamp.from(now), codeId)
			.update() > 0;
	}

	void withdrawCodes(UUID memberId, Instant now) {
		jdbc.sql("update family_code set withdrawn_at = ? where family_member_id = ? and used_at is null and withdrawn_at is null")
			.params(Timestamp.from(now), memberId)
			.update();
	}

	int codesIssuedSince(UUID memberId, Delivery delivery, Instant since) {
		return jdbc.sql("select count(*) from family_code where family_member_id = ? and delivery = ? and issued_at > ?")
			.params(memberId, delivery.name(), Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	// sign-in outcomes

	/** Counts a failure, locking the member when it is the last allowed; answers whether it locked. */
	boolean failed(UUID memberId, int maxFailures, Instant lockedUntil) {
		return jdbc.sql("""
				update family_member set failed_attempts = failed_attempts + 1,
				  locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
				where id = ? returning locked_until is not null and failed_attempts >= ?""")
			.params(maxFailures, Timestamp.from(lockedUntil), memberId, maxFailures)
			.query(Boolean.class)
			.single();
	}

	void signedIn(UUID memberId, Instant now) {
		jdbc.sql("update family_member set failed_attempts = 0, locked_until = null, last_signed_in_at = ? where id = ?")
			.params(Timestamp.from(now), memberId)
			.update();
	}

	/** After a lockout has run its course the count starts again. */
	void unlock(UUID memberId) {
		jdbc.sql("update family_member set failed_attempts = 0, locked_until = null where id = ?").param(memberId).update();
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	enum Delivery {
		EMAIL, PRINTED
	}

	record StoredCode(UUID id, String hash, Delivery delivery) {
	}

}
