package org.seen.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and issues API tokens. Only a token's hash is stored. */
@Service
public class AccountRegistry {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AccountRegistry(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional
	public UUID create(NewAccount account) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into account (id, username, password_hash, role, display_name, practitioner_id, agency_id, demo, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, account.username(),
					account.password() == null ? null : passwords.encode(account.password()), account.role().name(),
					account.displayName(), account.practitionerId(), account.agencyId(), account.demo(),
					Timestamp.from(Instant.now(clock)))
			.update();
		return id;
	}

	public Optional<UUID> findByUsername(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).optional();
	}

	/** Issues the given token (demo) or a new random one, returning the token to show once. */
	@Transactional
	public String issueToken(UUID accountId, String label, String token, boolean demo) {
		String value = token != null ? token
				: "seen_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		jdbc.sql("insert into api_token (id, account_id, token_hash, label, demo, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), accountId, hash(value), label, demo, Timestamp.from(Instant.now(clock)))
			.update();
		return value;
	}

	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	public record NewAccount(String username, String displayName, Role role, UUID practitionerId, UUID agencyId,
			String password, boolean demo) {
	}
}
