package org.seen.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.seen.agencies.Practitioners;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Breaking glass": a practitioner with no involvement opens a child's record in an emergency,
 * with a written reason. Access lasts a limited time ({@code seen.break-glass.duration}, 8 hours
 * by default), is audited as BREAK_GLASS with the reason, and is listed to the child's lead
 * professional and to auditors, so that every use is seen and can be questioned.
 */
@Service
public class BreakGlass {

	public static final int MINIMUM_REASON_LENGTH = 10;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration duration;

	private final Practitioners practitioners;

	BreakGlass(JdbcClient jdbc, AuditTrail audit, Clock clock, Practitioners practitioners,
			@Value("${seen.break-glass.duration:8h}") Duration duration) {
		this.jdbc = jdbc;
		this.practitioners = practitioners;
		this.audit = audit;
		this.clock = clock;
		this.duration = duration;
	}

	/**
	 * Opens the child's record to the actor until the returned time.
	 * @throws IllegalArgumentException if the reason is shorter than {@value #MINIMUM_REASON_LENGTH} characters
	 * @throws org.springframework.security.access.AccessDeniedException if the actor's role does not work with children
	 */
	@Transactional
	public Instant open(Actor actor, UUID childId, String reason) {
		if (!actor.role().isCasework()) {
			throw new org.springframework.security.access.AccessDeniedException("Only casework roles may break glass");
		}
		String written = reason == null ? "" : reason.trim();
		if (written.length() < MINIMUM_REASON_LENGTH) {
			throw new IllegalArgumentException("A reason of at least " + MINIMUM_REASON_LENGTH + " characters is needed");
		}
		Instant now = Instant.now(clock);
		Instant expires = now.plus(duration);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into break_glass (id, account_id, child_id, reason, opened_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, actor.accountId(), childId, written, Timestamp.from(now), Timestamp.from(expires))
			.update();
		audit.record(actor, AuditAction.BREAK_GLASS, "BREAK_GLASS", id, childId, written);
		return expires;
	}

	/** Every time glass was broken on the child, newest first, for its lead professional and auditors. */
	public List<Opening> forChild(UUID childId) {
		Instant now = Instant.now(clock);
		return jdbc.sql("""
				select b.opened_at, b.expires_at, b.reason, a.username, a.display_name, a.role, a.agency_id
				from break_glass b join account a on a.id = b.account_id
				where b.child_id = ? order by b.opened_at desc""")
			.param(childId)
			.query((rs, n) -> new Opening(rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), agencyName(rs.getObject("agency_id", UUID.class)),
					rs.getString("reason"),
					rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant(), now))
			.list();
	}

	private String agencyName(UUID agencyId) {
		return agencyId == null ? "" : practitioners.agencyName(agencyId).orElse("");
	}

	/** How long an opening lasts. */
	public Duration duration() {
		return duration;
	}

	/** One breaking of glass: who, why, and for how long. */
	public record Opening(String username, String displayName, Role role, String agencyName, String reason,
			Instant openedAt, Instant expiresAt, Instant asAt) {

		public boolean open() {
			return expiresAt.isAfter(asAt);
		}
	}
}
