package org.seen.access.internal;

import java.util.regex.Pattern;

import org.seen.access.AccountRegistry;
import org.seen.access.AccountRegistry.NewAccount;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a new installation, which has no account at all (production
 * loads no demo data). Once one administrator exists, further accounts are made by them, so this
 * cannot become a way round the administration screens.
 */
@Component
class FirstAdministrator {

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	// The same rule as the account table's check constraint, to say so before the database does.
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final AccountRegistry registry;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	FirstAdministrator(AccountRegistry registry, AuditTrail audit, JdbcClient jdbc) {
		this.registry = registry;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Creates the account, or says why not; never both. */
	@Transactional
	Outcome create(String username, String displayName, String password) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			return Outcome.refused("The username must be 2 to 64 lower-case letters, digits, dots, hyphens or "
					+ "underscores, starting with a letter or digit (set seen.admin.username).");
		}
		if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
			return Outcome.refused("The password must be at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters (set it in the environment variable SEEN_ADMIN_PASSWORD).");
		}
		// one creator at a time, so that two runs together cannot both be "first"
		jdbc.sql("select pg_advisory_xact_lock(hashtext('seen.first-administrator'))").query().singleRow();
		if (jdbc.sql("select count(*) from account where role = 'ADMINISTRATOR' and not demo")
			.query(Integer.class)
			.single() > 0) {
			return Outcome.refused("An administrator already exists: ask them to create further accounts.");
		}
		if (registry.findByUsername(username).isPresent()) {
			return Outcome.refused("An account with that username already exists.");
		}
		String name = displayName == null || displayName.isBlank() ? username : displayName.trim();
		var id = registry.create(new NewAccount(username, name, Role.ADMINISTRATOR, null, null, password, false));
		audit.recordAnonymous(username, AuditAction.CREATE, "first administrator " + id);
		return new Outcome(true, "Created the administrator account '" + username + "'.");
	}

	record Outcome(boolean created, String message) {

		static Outcome refused(String message) {
			return new Outcome(false, message);
		}
	}
}
