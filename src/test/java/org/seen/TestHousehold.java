package org.seen;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An invented household for tests against the real database: one child with a mother and a
 * father (both with parental responsibility, living with the child), and the agencies of the demo
 * accounts named involved. The family name tells one module's test records from another's.
 */
public final class TestHousehold {

	private TestHousehold() {
	}

	public record Home(UUID child, UUID mother, UUID father) {
	}

	/**
	 * @param involvedFor how many days ago the named accounts' involvement began
	 */
	public static Home create(JdbcClient jdbc, String familyName, String childSex, int childAge, String motherName,
			int involvedFor, String... involved) {
		Timestamp now = Timestamp.from(Instant.now());
		UUID household = UUID.randomUUID();
		jdbc.sql("insert into household (id, name, created_at) values (?, ?, ?)")
			.params(household, familyName + " household", now)
			.update();
		UUID child = UUID.randomUUID();
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, household_id, created_at)
				values (?, 'Wren', ?, ?, ?, ?, ?)""")
			.params(child, familyName, LocalDate.now().minusYears(childAge), childSex, household, now)
			.update();
		UUID mother = parent(jdbc, household, child, motherName, familyName, "FEMALE", "MOTHER");
		UUID father = parent(jdbc, household, child, "Piet", familyName, "MALE", "FATHER");
		for (String username : involved) {
			involve(jdbc, child, username, involvedFor);
		}
		return new Home(child, mother, father);
	}

	/** Records the practitioner behind a demo account (and so their agency) as involved with the child. */
	public static void involve(JdbcClient jdbc, UUID child, String username, int daysAgo) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, p.agency_id, p.id, p.team_id, 'INVOLVED', ?, ?
				from account a join practitioner p on p.id = a.practitioner_id where a.username = ?""")
			.params(UUID.randomUUID(), child, LocalDate.now().minusDays(daysAgo), Timestamp.from(Instant.now()), username)
			.update();
	}

	private static UUID parent(JdbcClient jdbc, UUID household, UUID child, String givenName, String familyName,
			String sex, String kind) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into adult (id, given_name, family_name, sex, household_id, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, givenName, familyName, sex, household, Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("""
				insert into relationship (id, child_id, adult_id, kind, parental_responsibility, lives_with_child)
				values (?, ?, ?, ?, true, true)""")
			.params(UUID.randomUUID(), child, id, kind)
			.update();
		return id;
	}
}
