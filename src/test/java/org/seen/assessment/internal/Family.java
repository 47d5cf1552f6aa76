package org.seen.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seen.DemoActors;
import org.seen.access.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An invented household for assessment tests: two children, their mother and father, known to health visiting. */
@Component
class Family {

	private final JdbcClient jdbc;

	private final DemoActors actors;

	Family(JdbcClient jdbc, org.seen.agencies.Practitioners practitioners) {
		this.jdbc = jdbc;
		this.actors = new DemoActors(jdbc, practitioners);
	}

	Actor actor(String username) {
		return actors.actor(username);
	}

	/** The signed-in user behind a demo account, for page tests. */
	org.seen.access.internal.SeenUser user(String username) {
		return new org.seen.access.internal.SeenUser(actor(username), "", true, true);
	}

	record Household(UUID id, UUID older, UUID younger, UUID mother, UUID father) {
	}

	/** A household whose children the given accounts' agencies are involved with. */
	Household create(String... involved) {
		UUID household = UUID.randomUUID();
		jdbc.sql("insert into household (id, name, created_at) values (?, 'Testfamily household', ?)")
			.params(household, Timestamp.from(Instant.now()))
			.update();
		UUID older = child(household, "Ida", LocalDate.now().minusYears(7));
		UUID younger = child(household, "Olek", LocalDate.now().minusYears(2));
		UUID mother = adult(household, "Marta", "FEMALE");
		UUID father = adult(household, "Tomas", "MALE");
		for (UUID child : new UUID[] { older, younger }) {
			relate(child, mother, "MOTHER");
			relate(child, father, "FATHER");
			for (String username : involved) {
				involve(child, username);
			}
		}
		return new Household(household, older, younger, mother, father);
	}

	UUID child(UUID household, String givenName, LocalDate dateOfBirth) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, household_id, created_at)
				values (?, ?, 'Testfamily', ?, 'UNKNOWN', ?, ?)""")
			.params(id, givenName, dateOfBirth, household, Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	private UUID adult(UUID household, String givenName, String sex) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into adult (id, given_name, family_name, sex, household_id, created_at)
				values (?, ?, 'Testfamily', ?, ?, ?)""")
			.params(id, givenName, sex, household, Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	private void relate(UUID child, UUID adult, String kind) {
		jdbc.sql("""
				insert into relationship (id, child_id, adult_id, kind, parental_responsibility)
				values (?, ?, ?, ?, true)""")
			.params(UUID.randomUUID(), child, adult, kind)
			.update();
	}

	void involve(UUID child, String username) {
		involve(child, username, LocalDate.now().minusDays(30));
	}

	void involve(UUID child, String username, LocalDate since) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, p.agency_id, p.id, p.team_id, 'INVOLVED', ?, ?
				from account a join practitioner p on p.id = a.practitioner_id where a.username = ?""")
			.params(UUID.randomUUID(), child, since, Timestamp.from(Instant.now()), username)
			.update();
	}
}
