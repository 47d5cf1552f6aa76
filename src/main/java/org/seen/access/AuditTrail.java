package org.seen.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.seen.agencies.Practitioners;
import org.seen.agencies.Practitioners.AgencySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. The database links each entry into the hash chain and
 * refuses any change or removal; see the V4 migration and {@link AuditChain}. Audit is data,
 * kept apart from the logs.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Practitioners practitioners;

	AuditTrail(JdbcClient jdbc, Clock clock, Practitioners practitioners) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.practitioners = practitioners;
	}

	public void record(Actor actor, AuditAction action, String recordType, UUID recordId, UUID childId, String detail) {
		write(actor.accountId(), actor.username(), actor.role().name(), actor.agencyId(), action, recordType, recordId,
				childId, detail, sourceAddress());
	}

	/**
	 * For a family member reading their own plan: they hold no account, so their family reference
	 * ("family:FAM-…") stands as the username and the role is FAMILY.
	 */
	public void recordFamily(String familyReference, AuditAction action, String recordType, UUID recordId,
			UUID childId, String detail) {
		write(null, "family:" + familyReference, "FAMILY", null, action, recordType, recordId, childId, detail,
				sourceAddress());
	}

	/** For events with no signed-in actor, such as a failed sign-in. */
	public void recordAnonymous(String username, AuditAction action, String detail) {
		write(null, username, "NONE", null, action, "ACCOUNT", null, null, detail, sourceAddress());
	}

	/** A sign-in event from the request that made it: its address is what sign-in throttling counts. */
	public void recordSignIn(String username, AuditAction action, String detail, String sourceAddress) {
		write(null, username, "NONE", null, action, "ACCOUNT", null, null, detail, sourceAddress);
	}

	/**
	 * Who has seen or done what to a child's record, newest first: the newest
	 * {@value AuditSearch#MAX_LIMIT}, with {@link #search} to page further back. Reading it is
	 * itself audited: callers admit the actor through {@link ChildAccess#requireAuditTrail} first.
	 */
	public List<AuditEntry> forChild(UUID childId) {
		return search(AuditSearch.forChild(childId));
	}

	/** Entries matching the search, newest first, filtered in the database. */
	public List<AuditEntry> search(AuditSearch search) {
		List<String> where = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new HashMap<>();
		if (search.childId() != null) {
			where.add("e.child_id = :child");
			params.put("child", search.childId());
		}
		if (search.username() != null) {
			where.add("e.username = :username");
			params.put("username", search.username());
		}
		if (search.action() != null) {
			where.add("e.action = :action");
			params.put("action", search.action().name());
		}
		if (search.from() != null) {
			where.add("e.occurred_at >= :from");
			params.put("from", Timestamp.from(search.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (search.to() != null) {
			where.add("e.occurred_at < :to");
			params.put("to", Timestamp.from(search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (search.beforeSeq() != null) {
			where.add("e.seq < :before");
			params.put("before", search.beforeSeq());
		}
		params.put("limit", search.limit());
		Map<UUID, String> agencies = agencyNames();
		return jdbc.sql("""
				select e.seq, e.occurred_at, e.username, a.display_name, e.role, e.agency_id, e.action, e.record_type,
				       e.record_id, e.child_id, e.detail, e.source_address
				from audit_entry e left join account a on a.id = e.account_id
				where %s order by e.seq desc limit :limit""".formatted(String.join(" and ", where)))
			.params(params)
			.query((rs, n) -> {
				UUID agencyId = rs.getObject("agency_id", UUID.class);
				return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("username"), rs.getString("display_name"), rs.getString("role"), agencyId,
						agencyId == null ? "" : agencies.getOrDefault(agencyId, ""), rs.getString("action"),
						rs.getString("record_type"), rs.getObject("record_id", UUID.class),
						rs.getObject("child_id", UUID.class), rs.getString("detail"), rs.getString("source_address"));
			})
			.list();
	}

	// Agency names come through the agencies module's API rather than a join on its table.
	private Map<UUID, String> agencyNames() {
		return practitioners.agencies()
			.stream()
			.collect(Collectors.toMap(AgencySummary::id, AgencySummary::name, (a, b) -> a));
	}

	private void write(UUID accountId, String username, String role, UUID agencyId, AuditAction action,
			String recordType, UUID recordId, UUID childId, String detail, String sourceAddress) {
		jdbc.sql("""
				insert into audit_entry (seq, id, occurred_at, account_id, username, role, agency_id, action,
				  record_type, record_id, child_id, detail, source_address, prev_hash, hash)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')""")
			.params(UUID.randomUUID(), Timestamp.from(Instant.now(clock)), accountId, username, role, agencyId,
					action.name(), recordType, recordId, childId, detail, sourceAddress)
			.update();
	}

	private static String sourceAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "internal";
	}
}
