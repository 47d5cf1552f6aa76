package org.seen.chronology.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.seen.access.Actor;
import org.seen.access.Role;
import org.seen.access.internal.SeenUser;
import org.seen.agencies.Practitioners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Invented children and the demo partnership's actors, for tests against the real database. */
@Component
class Fixtures {

	private final JdbcClient jdbc;

	private final Practitioners practitioners;

	Fixtures(JdbcClient jdbc, Practitioners practitioners) {
		this.jdbc = jdbc;
		this.practitioners = practitioners;
	}

	static UUID practitionerId(String key) {
		return UUID.nameUUIDFromBytes(("practitioner:" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** A child born on the date given (or unborn when null), with a fresh NHS number. */
	Child child(LocalDate dateOfBirth, boolean disabled) {
		UUID id = UUID.randomUUID();
		String nhs = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
		String upn = "A" + String.format("%011d", ThreadLocalRandom.current().nextLong(0, 99_999_999_999L)) + "Z";
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, expected_date_of_birth, sex, nhs_number, upn,
				  local_id, disabled, created_at)
				values (?, 'Testchild', 'Invented', ?, ?, 'UNKNOWN', ?, ?, ?, ?, ?)""")
			.params(id, dateOfBirth, dateOfBirth == null ? LocalDate.now().plusMonths(3) : null, nhs, upn,
					"L-" + id, disabled, Timestamp.from(Instant.now()))
			.update();
		return new Child(id, nhs, upn, "L-" + id);
	}

	Child child() {
		return child(LocalDate.now().minusYears(7), false);
	}

	/** Records the practitioner behind the username as involved since the given date. */
	void involve(Child child, String practitionerKey, LocalDate since) {
		var practitioner = practitioners.find(practitionerId(practitionerKey)).orElseThrow();
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				values (?, ?, ?, ?, ?, 'INVOLVED', ?, ?)""")
			.params(UUID.randomUUID(), child.id(), practitioner.agencyId(), practitioner.id(), practitioner.teamId(),
					since, Timestamp.from(Instant.now()))
			.update();
	}

	void involve(Child child, String practitionerKey) {
		involve(child, practitionerKey, LocalDate.now());
	}

	Actor actor(String username) {
		var row = jdbc.sql("select id, display_name, role, practitioner_id from account where username = ?")
			.param(username)
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getObject("practitioner_id", UUID.class) })
			.single();
		return new Actor((UUID) row[0], username, (String) row[1], (Role) row[2],
				row[3] == null ? null : practitioners.find((UUID) row[3]).orElseThrow());
	}

	SeenUser user(String username) {
		return new SeenUser(actor(username), "", true, true);
	}

	int audits(UUID childId, String action) {
		return jdbc.sql("select count(*) from audit_entry where child_id = ? and action = ?")
			.params(childId, action)
			.query(Integer.class)
			.single();
	}

	record Child(UUID id, String nhsNumber, String upn, String localId) {
	}
}
