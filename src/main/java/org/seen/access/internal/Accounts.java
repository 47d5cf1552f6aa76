package org.seen.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.seen.Deployment;
import org.seen.access.Actor;
import org.seen.access.Role;
import org.seen.agencies.PractitionerSummary;
import org.seen.agencies.Practitioners;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts as stored; loads the actor behind a username or an API token. */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	private final Practitioners practitioners;

	private final Deployment deployment;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	Accounts(JdbcClient jdbc, Practitioners practitioners, Deployment deployment, Clock clock,
			@Value("${seen.sign-in.max-failures}") int maxFailures, @Value("${seen.sign-in.lockout}") Duration lockout) {
		this.jdbc = jdbc;
		this.practitioners = practitioners;
		this.deployment = deployment;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	Optional<SeenUser> byUsername(String username) {
		return jdbc.sql("""
				select id, username, display_name, role, practitioner_id, agency_id, password_hash, enabled, demo, locked_until
				from account where username = ? and role <> 'AGENCY_SYSTEM'""")
			.param(username)
			.query((rs, n) -> toUser(rs))
			.optional()
			.flatMap(o -> o);
	}

	Optional<SeenUser> byToken(String tokenHash) {
		return jdbc.sql("""
				select a.id, a.username, a.display_name, a.role, a.practitioner_id, a.agency_id, a.password_hash,
				       a.enabled, a.demo or t.demo as demo, a.locked_until
				from api_token t join account a on a.id = t.account_id
				where t.token_hash = ? and t.revoked_at is null""")
			.param(tokenHash)
			.query((rs, n) -> toUser(rs))
			.optional()
			.flatMap(o -> o);
	}

	private Optional<SeenUser> toUser(java.sql.ResultSet rs) throws java.sql.SQLException {
		// Demo accounts and tokens are refused outright outside the embedded demo.
		if (rs.getBoolean("demo") && !deployment.isDemo()) {
			return Optional.empty();
		}
		UUID practitionerId = rs.getObject("practitioner_id", UUID.class);
		PractitionerSummary practitioner = practitionerId == null ? null
				: practitioners.find(practitionerId).orElse(null);
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		boolean unlocked = lockedUntil == null || lockedUntil.toInstant().isBefore(Instant.now(clock));
		Actor actor = new Actor(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), practitioner);
		return Optional.of(new SeenUser(actor, rs.getString("password_hash") == null ? "" : rs.getString("password_hash"),
				rs.getBoolean("enabled"), unlocked));
	}

	/**
	 * Counts a failed sign-in; locks the account for a while after too many in a row. Answers
	 * whether the account is now locked, so that the attempt that locks it can say so.
	 */
	boolean failedSignIn(String username) {
		Instant now = Instant.now(clock);
		return jdbc.sql("""
				update account set
				  locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
				  failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
				where username = :username
				returning coalesce(locked_until > :now, false)""")
			.param("max", maxFailures)
			.param("until", Timestamp.from(now.plus(lockout)))
			.param("now", Timestamp.from(now))
			.param("username", username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void successfulSignIn(UUID accountId) {
		jdbc.sql("update account set failed_attempts = 0, locked_until = null where id = ?").param(accountId).update();
	}

	Duration lockout() {
		return lockout;
	}

	int maxFailures() {
		return maxFailures;
	}
}
