package org.seen.pathway.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seen.DemoActors;
import org.seen.access.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Invented households for the pathway's tests: one child, mother and father, known to the agencies of the accounts named. */
@Component
class Households {

	private final JdbcClient jdbc;

	private final DemoActors actors;

	Households(JdbcClient jdbc, org.seen.agencies.Practitioners practitioners) {
		this.jdbc = jdbc;
		this.actors = new DemoActors(jdbc, practitioners);
	}

	Actor actor(String username) {
		return actors.actor(username);
	}

	org.seen.access.internal.SeenUser user(String username) {
		return new org.seen.access.internal.SeenUser(actor(username), "", true, true);
	}

	record Home(UUID child, UUID mother, UUID father) {
	}

	Home create(String... involved) {
		UUID household = UUID.randomUUID();
		jdbc.sql("insert into household (id, name, created_at) values (?, 'Pathwaytest household', ?)")
			.params(household, Timestamp.from(Instant.now()))
			.update();
		UUID child = UUID.randomUUID();
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, household_id, created_at)
				values (?, 'Wren', 'Pathwaytest', ?, 'UNKNOWN', ?, ?)""")
			.params(child, LocalDate.now().minusYears(6), household, Timestamp.from(Instant.now()))
			.update();
		UUID mother = adult(household, "Edda", "FEMALE");
		UUID father = adult(household, "Piet", "MALE");
		relate(child, mother, "MOTHER");
		relate(child, father, "FATHER");
		for (String username : involved) {
			involve(child, username);
		}
		return new Home(child, mother, father);
	}

	private UUID adult(UUID household, String givenName, String sex) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into adult (id, given_name, family_name, sex, household_id, created_at)
				values (?, ?, 'Pathwaytest', ?, ?, ?)""")
			.params(id, givenName, sex, household, Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	private void relate(UUID child, UUID adult, String kind) {
		jdbc.sql("insert into relationship (id, child_id, adult_id, kind, parental_responsibility) values (?, ?, ?, ?, true)")
			.params(UUID.randomUUID(), child, adult, kind)
			.update();
	}

	void involve(UUID child, String username) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, p.agency_id, p.id, p.team_id, 'INVOLVED', ?, ?
				from account a join practitioner p on p.id = a.practitioner_id where a.username = ?""")
			.params(UUID.randomUUID(), child, LocalDate.now().minusDays(30), Timestamp.from(Instant.now()), username)
			.update();
	}

	int count(String table, UUID child) {
		return jdbc.sql("select count(*) from " + table + " where child_id = ?").param(child).query(Integer.class).single();
	}
}
