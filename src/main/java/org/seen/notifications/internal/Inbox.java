package org.seen.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.notifications.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices each practitioner has been sent, newest first. */
@Repository
class Inbox {

	static final int PAGE = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores the notice once for each recipient. */
	void deliver(Notice notice) {
		Instant now = Instant.now(clock);
		for (UUID practitioner : notice.practitionerIds()) {
			jdbc.sql("""
					insert into notice (id, practitioner_id, subject, body, link, child_id, created_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), practitioner, notice.subject(), notice.body(), notice.link(), notice.childId(),
						Timestamp.from(now))
				.update();
		}
	}

	List<Entry> of(UUID practitionerId) {
		return jdbc.sql("""
				select id, subject, body, link, child_id, created_at, read_at from notice
				where practitioner_id = ? order by created_at desc limit ?""")
			.params(practitionerId, PAGE)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("body"),
					rs.getString("link"), rs.getObject("child_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}

	int unread(UUID practitionerId) {
		return jdbc.sql("select count(*) from notice where practitioner_id = ? and read_at is null")
			.param(practitionerId)
			.query(Integer.class)
			.single();
	}

	/** Marks the practitioner's own notice read and answers it; another's notice is not found. */
	Optional<Entry> open(UUID practitionerId, UUID noticeId) {
		jdbc.sql("update notice set read_at = coalesce(read_at, ?) where id = ? and practitioner_id = ?")
			.params(Timestamp.from(Instant.now(clock)), noticeId, practitionerId)
			.update();
		return jdbc.sql("""
				select id, subject, body, link, child_id, created_at, read_at from notice
				where id = ? and practitioner_id = ?""")
			.params(noticeId, practitionerId)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("body"),
					rs.getString("link"), rs.getObject("child_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at").toInstant()))
			.optional();
	}

	void markAllRead(UUID practitionerId) {
		jdbc.sql("update notice set read_at = ? where practitioner_id = ? and read_at is null")
			.params(Timestamp.from(Instant.now(clock)), practitionerId)
			.update();
	}

	record Entry(UUID id, String subject, String body, String link, UUID childId, Instant createdAt, Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}
	}
}
