package org.seen.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children written straight into the test database, each with the involvement a test needs:
 * the demo partnership has practitioners but no children of its own yet.
 */
public final class TestChildren {

	private final JdbcClient jdbc;

	public TestChildren(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A child with a local id (for breaking glass) and no one involved. */
	public Child create(String givenName) {
		UUID id = UUID.randomUUID();
		String localId = "T-" + id.toString().substring(0, 13);
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, local_id, created_at)
				values (?, ?, 'Testchild', ?, 'UNKNOWN', ?, ?)""")
			.params(id, givenName, LocalDate.of(2018, 5, 1), localId, Timestamp.from(Instant.now()))
			.update();
		return new Child(id, localId);
	}

	/** Records the practitioner behind a demo account (and so their agency) as involved with the child. */
	public Child involve(Child child, String username, String kind) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, p.agency_id, p.id, p.team_id, ?, ?, ?
				from account a join practitioner p on p.id = a.practitioner_id where a.username = ?""")
			.params(UUID.randomUUID(), child.id(), kind, LocalDate.now().minusDays(30), Timestamp.from(Instant.now()),
					username)
			.update();
		return child;
	}

	public record Child(UUID id, String localId) {
	}
}
