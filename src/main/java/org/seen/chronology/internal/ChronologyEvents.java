package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.chronology.EventType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chronology events as stored. Callers have already admitted the actor through ChildAccess. */
@Repository
class ChronologyEvents {

	private static final String SELECT = """
			select e.*, a.name as agency_name,
			       exists (select 1 from chronology_event_version v where v.event_id = e.id and v.version > 0) as corrected
			from chronology_event e join agency a on a.id = e.agency_id""";

	private final JdbcClient jdbc;

	ChronologyEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID childId, UUID agencyId, Actor author, NewEvent event, Instant now) {
		jdbc.sql("""
				insert into chronology_event (id, child_id, agency_id, author_account_id, author_name, occurred_on,
				  occurred_at_time, type, summary, detail, significance, people_involved, attendance_percent,
				  agency_reference, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, childId, agencyId, author.accountId(), author.displayName(), event.date(), event.time(),
					event.type().name(), event.summary(), event.detail(), event.significance().name(),
					event.peopleInvolved(), event.attendancePercent(), event.agencyReference(), Timestamp.from(now))
			.update();
		keepVersion(id, 0, event, now, author.displayName(), null);
	}

	/** Records a correction as a new version; refuses a stale one (someone else changed it first). */
	int correct(UUID id, int expectedVersion, NewEvent event, Actor author, String reason, Instant now) {
		int updated = jdbc.sql("""
				update chronology_event set occurred_on = ?, occurred_at_time = ?, type = ?, summary = ?, detail = ?,
				  significance = ?, people_involved = ?, attendance_percent = ?, version = version + 1
				where id = ? and version = ? and removed_at is null""")
			.params(event.date(), event.time(), event.type().name(), event.summary(), event.detail(),
					event.significance().name(), event.peopleInvolved(), event.attendancePercent(), id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Chronology event changed since it was loaded");
		}
		keepVersion(id, expectedVersion + 1, event, now, author.displayName(), reason);
		return expectedVersion + 1;
	}

	void remove(UUID id, int expectedVersion, Actor by, String reason, Instant now) {
		int updated = jdbc.sql("""
				update chronology_event set removed_at = ?, removed_by = ?, removal_reason = ?, version = version + 1
				where id = ? and version = ? and removed_at is null""")
			.params(Timestamp.from(now), by.displayName(), reason, id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Chronology event changed since it was loaded");
		}
	}

	private void keepVersion(UUID id, int version, NewEvent event, Instant now, String by, String reason) {
		jdbc.sql("""
				insert into chronology_event_version (event_id, version, occurred_on, occurred_at_time, type, summary,
				  detail, significance, people_involved, attendance_percent, changed_at, changed_by, correction_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, version, event.date(), event.time(), event.type().name(), event.summary(), event.detail(),
					event.significance().name(), event.peopleInvolved(), event.attendancePercent(), Timestamp.from(now),
					by, reason)
			.update();
	}

	Optional<ChronologyEvent> find(UUID id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query((rs, n) -> event(rs)).optional();
	}

	List<ChronologyEvent> byIds(java.util.Collection<UUID> ids) {
		return jdbc.sql(SELECT + " where e.id in (:ids)").param("ids", ids).query((rs, n) -> event(rs)).list();
	}

	Optional<ChronologyEvent> byReference(UUID agencyId, String reference) {
		return jdbc.sql(SELECT + " where e.agency_id = ? and e.agency_reference = ?")
			.params(agencyId, reference)
			.query((rs, n) -> event(rs))
			.optional();
	}

	/** Newest first. Removed events only when asked (for auditors). */
	List<ChronologyEvent> of(UUID childId, ChronologyFilter filter, boolean removed, int limit) {
		return of(childId, filter, removed, limit, 0);
	}

	/** One page of the chronology, newest first: {@code limit} entries after skipping {@code offset}. */
	List<ChronologyEvent> of(UUID childId, ChronologyFilter filter, boolean removed, int limit, int offset) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where e.child_id = :child");
		sql.append(removed ? " and e.removed_at is not null" : " and e.removed_at is null");
		if (filter.agencyId() != null) {
			sql.append(" and e.agency_id = :agency");
		}
		if (filter.type() != null) {
			sql.append(" and e.type = :type");
		}
		if (filter.from() != null) {
			sql.append(" and e.occurred_on >= :from");
		}
		if (filter.to() != null) {
			sql.append(" and e.occurred_on <= :to");
		}
		sql.append(" order by e.occurred_on desc, e.occurred_at_time desc nulls last, e.recorded_at desc, e.id limit :limit offset :offset");
		JdbcClient.StatementSpec spec = jdbc.sql(sql.toString())
			.param("child", childId)
			.param("limit", limit)
			.param("offset", offset);
		if (filter.agencyId() != null) {
			spec = spec.param("agency", filter.agencyId());
		}
		if (filter.type() != null) {
			spec = spec.param("type", filter.type().name());
		}
		if (filter.from() != null) {
			spec = spec.param("from", filter.from());
		}
		if (filter.to() != null) {
			spec = spec.param("to", filter.to());
		}
		return spec.query((rs, n) -> event(rs)).list();
	}

	int count(UUID childId) {
		return jdbc.sql("select count(*) from chronology_event where child_id = ? and removed_at is null")
			.param(childId)
			.query(Integer.class)
			.single();
	}

	/** The agencies that have recorded something about the child, for the filter. */
	List<AgencyOption> agencies(UUID childId) {
		return jdbc.sql("""
				select distinct a.id, a.name from chronology_event e join agency a on a.id = e.agency_id
				where e.child_id = ? and e.removed_at is null order by a.name""")
			.param(childId)
			.query((rs, n) -> new AgencyOption(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	List<EventVersion> history(UUID eventId) {
		return jdbc.sql("select * from chronology_event_version where event_id = ? order by version")
			.param(eventId)
			.query((rs, n) -> new EventVersion(rs.getInt("version"), rs.getObject("occurred_on", LocalDate.class),
					rs.getObject("occurred_at_time", LocalTime.class), EventType.valueOf(rs.getString("type")),
					rs.getString("summary"), rs.getString("detail"), Significance.valueOf(rs.getString("significance")),
					rs.getString("people_involved"), rs.getBigDecimal("attendance_percent"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
					rs.getString("correction_reason")))
			.list();
	}

	record AgencyOption(UUID id, String name) {
	}

	static ChronologyEvent event(ResultSet rs) throws SQLException {
		Timestamp removedAt = rs.getTimestamp("removed_at");
		BigDecimal attendance = rs.getBigDecimal("attendance_percent");
		return new ChronologyEvent(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("agency_id", UUID.class), rs.getString("agency_name"), rs.getString("author_name"),
				rs.getObject("occurred_on", LocalDate.class), rs.getObject("occurred_at_time", LocalTime.class),
				EventType.valueOf(rs.getString("type")), rs.getString("summary"), rs.getString("detail"),
				Significance.valueOf(rs.getString("significance")), rs.getString("people_involved"),
				attendance == null ? null : new BigDecimal(attendance.stripTrailingZeros().toPlainString()), rs.getString("agency_reference"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"), rs.getBoolean("corrected"),
				removedAt == null ? null : removedAt.toInstant(), rs.getString("removed_by"),
				rs.getString("removal_reason"));
	}
}
