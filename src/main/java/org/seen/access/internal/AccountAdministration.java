package org.seen.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seen.access.AccountRegistry;
import org.seen.access.AccountRegistry.NewAccount;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.Role;
import org.seen.agencies.PractitionerDirectory;
import org.seen.agencies.PractitionerSummary;
import org.seen.agencies.Practitioners;
import org.seen.agencies.Practitioners.AgencySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and API tokens as the administrator sees and changes them. Every change is written to
 * the audit trail in its own transaction. Passwords and token values are never written anywhere
 * but as hashes: not to the audit trail, not to the logs.
 */
@Service
class AccountAdministration {

	private static final String SELECT_ACCOUNT = """
			select id, username, display_name, role, practitioner_id, agency_id, enabled, demo, locked_until,
			       password_hash is not null as has_password
			from account""";

	private final JdbcClient jdbc;

	private final AccountRegistry registry;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Practitioners practitioners;

	private final PractitionerDirectory directory;

	private final Clock clock;

	AccountAdministration(JdbcClient jdbc, AccountRegistry registry, PasswordEncoder passwords, AuditTrail audit,
			Practitioners practitioners, PractitionerDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.passwords = passwords;
		this.audit = audit;
		this.practitioners = practitioners;
		this.directory = directory;
		this.clock = clock;
	}

	List<AccountView> accounts() {
		Names names = names();
		return jdbc.sql(SELECT_ACCOUNT + " order by username").query((rs, n) -> account(rs, names)).list();
	}

	Optional<AccountView> account(UUID id) {
		return jdbc.sql(SELECT_ACCOUNT + " where id = ?").param(id).query((rs, n) -> account(rs, names())).optional();
	}

	List<TokenView> tokens(UUID accountId) {
		return jdbc.sql("""
				select id, label, demo, created_at, revoked_at from api_token where account_id = ?
				order by revoked_at nulls first, created_at desc""")
			.param(accountId)
			.query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("label"),
					rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant).orElse(null)))
			.list();
	}

	/** The practitioners a person's account may be for: not those standing for an information system. */
	List<PractitionerSummary> practitionerChoices() {
		return directory.all()
			.stream()
			.filter(p -> !PractitionerDirectory.AGENCY_SYSTEM.equals(p.jobTitle()))
			.toList();
	}

	List<AgencySummary> agencies() {
		return practitioners.agencies();
	}

	/** Creates a person's account with the password the administrator typed. */
	@Transactional
	UUID create(Actor admin, String username, String displayName, Role role, PractitionerSummary practitioner,
			String password) {
		UUID id = registry.create(new NewAccount(username, displayName, role,
				practitioner == null ? null : practitioner.id(), practitioner == null ? null : practitioner.agencyId(),
				password, false));
		audit.record(admin, AuditAction.CREATE, "ACCOUNT", id, null, "role " + role.name());
		return id;
	}

	/**
	 * Creates an agency's information system: the practitioner record it acts as, its account
	 * (which has no password and cannot sign in) and its first token, which is answered to show
	 * once.
	 */
	@Transactional
	IssuedToken createSystem(Actor admin, UUID agencyId, String systemName, String username, String label) {
		UUID practitionerId = directory.addSystem(agencyId, systemName);
		UUID id = registry.create(new NewAccount(username, systemName, Role.AGENCY_SYSTEM, practitionerId, agencyId,
				null, false));
		audit.record(admin, AuditAction.CREATE, "ACCOUNT", id, null, "role " + Role.AGENCY_SYSTEM.name());
		return issue(admin, id, label);
	}

	@Transactional
	void setEnabled(Actor admin, UUID accountId, boolean enabled) {
		jdbc.sql("update account set enabled = ?, version = version + 1 where id = ?")
			.params(enabled, accountId)
			.update();
		if (!enabled) {
			endSessions(accountId);
		}
		audit.record(admin, AuditAction.CHANGE, "ACCOUNT", accountId, null, enabled ? "enabled" : "disabled");
	}

	@Transactional
	void unlock(Actor admin, UUID accountId) {
		jdbc.sql("update account set failed_attempts = 0, locked_until = null, version = version + 1 where id = ?")
			.param(accountId)
			.update();
		audit.record(admin, AuditAction.CHANGE, "ACCOUNT", accountId, null, "unlocked");
	}

	/** Sets a new password; the account's other sessions end, unless it is the administrator's own. */
	@Transactional
	void setPassword(Actor admin, UUID accountId, String password) {
		jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ?")
			.params(passwords.encode(password), accountId)
			.update();
		if (!accountId.equals(admin.accountId())) {
			endSessions(accountId);
		}
		audit.record(admin, AuditAction.CHANGE, "ACCOUNT", accountId, null, "password set");
	}

	/**
	 * A person changes their own password: their other sessions, on any node, end; the one they
	 * are using stays.
	 */
	@Transactional
	void changeOwnPassword(Actor self, String password, String currentSessionId) {
		jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ?")
			.params(passwords.encode(password), self.accountId())
			.update();
		jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
			.params(self.username(), currentSessionId == null ? "" : currentSessionId)
			.update();
		audit.record(self, AuditAction.CHANGE, "ACCOUNT", self.accountId(), null, "own password changed");
	}

	@Transactional
	IssuedToken issue(Actor admin, UUID accountId, String label) {
		String value = registry.issueToken(accountId, label, null, false);
		UUID tokenId = jdbc.sql("select id from api_token where token_hash = ?")
			.param(AccountRegistry.hash(value))
			.query(UUID.class)
			.single();
		audit.record(admin, AuditAction.CREATE, "API_TOKEN", tokenId, null, "for account " + accountId);
		return new IssuedToken(accountId, tokenId, label, value);
	}

	/** Revokes the token if it belongs to the account and is not revoked already; answers whether it did. */
	@Transactional
	boolean revoke(Actor admin, UUID accountId, UUID tokenId) {
		int revoked = jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(Timestamp.from(Instant.now(clock)), tokenId, accountId)
			.update();
		if (revoked > 0) {
			audit.record(admin, AuditAction.REMOVE, "API_TOKEN", tokenId, null, "revoked");
		}
		return revoked > 0;
	}

	// Sessions are in PostgreSQL (Spring Session JDBC), so this ends them on every node.
	private void endSessions(UUID accountId) {
		jdbc.sql("delete from spring_session where principal_name = (select username from account where id = ?)")
			.param(accountId)
			.update();
	}

	private Names names() {
		return new Names(
				practitioners.agencies().stream().collect(Collectors.toMap(AgencySummary::id, AgencySummary::name)),
				directory.all().stream().collect(Collectors.toMap(PractitionerSummary::id, Function.identity())));
	}

	private AccountView account(ResultSet rs, Names names) throws SQLException {
		UUID practitionerId = rs.getObject("practitioner_id", UUID.class);
		PractitionerSummary practitioner = practitionerId == null ? null : names.practitioners().get(practitionerId);
		UUID agencyId = practitioner != null ? practitioner.agencyId() : rs.getObject("agency_id", UUID.class);
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		Instant locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(clock))
				? lockedUntil.toInstant() : null;
		return new AccountView(rs.getObject("id", UUID.class), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), practitioner,
				agencyId == null ? null : names.agencies().get(agencyId), rs.getBoolean("enabled"), locked,
				rs.getBoolean("demo"), rs.getBoolean("has_password"));
	}

	private record Names(Map<UUID, String> agencies, Map<UUID, PractitionerSummary> practitioners) {
	}

	/** An account as the administration pages show it. {@code lockedUntil} is null unless locked now. */
	record AccountView(UUID id, String username, String displayName, Role role, PractitionerSummary practitioner,
			String agencyName, boolean enabled, Instant lockedUntil, boolean demo, boolean hasPassword) {

		public boolean locked() {
			return lockedUntil != null;
		}
	}

	record TokenView(UUID id, String label, boolean demo, Instant createdAt, Instant revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** A token just issued: the only time its value is known to Seen. */
	record IssuedToken(UUID accountId, UUID tokenId, String label, String value) {
	}
}
