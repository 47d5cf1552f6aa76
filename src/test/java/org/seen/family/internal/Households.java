package org.seen.family.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invented households for the family's view: two children, their mother and father, with a lead
 * professional and whoever else a test names involved.
 */
final class Households {

	private final JdbcClient jdbc;

	Households(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Household(UUID id, UUID older, UUID younger, UUID mother, UUID father) {
	}

	/** A household whose children have {@code lead} as lead professional and the others involved. */
	Household create(String lead, String... involved) {
		return create(LocalDate.now().minusYears(7), lead, involved);
	}

	Household create(LocalDate olderBorn, String lead, String... involved) {
		UUID household = UUID.randomUUID();
		jdbc.sql("insert into household (id, name, created_at) values (?, 'Famview household', ?)")
			.params(household, Timestamp.from(Instant.now()))
			.update();
		UUID older = child(household, "Wren", olderBorn);
		UUID younger = child(household, "Pip", LocalDate.now().minusYears(3));
		UUID mother = adult(household, "Morwenna", "FEMALE");
		UUID father = adult(household, "Tobias", "MALE");
		for (UUID child : new UUID[] { older, younger }) {
			relate(child, mother, "MOTHER");
			relate(child, father, "FATHER");
			involve(child, lead, "LEAD_PROFESSIONAL");
			for (String username : involved) {
				involve(child, username, "INVOLVED");
			}
		}
		return new Household(household, older, younger, mother, father);
	}

	UUID child(UUID household, String givenName, LocalDate born) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, sex, household_id, created_at)
				values (?, ?, 'Famview', ?, 'UNKNOWN', ?, ?)""")
			.params(id, givenName, born, household, Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	UUID adult(UUID household, String givenName, String sex) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into adult (id, given_name, family_name, sex, household_id, created_at)
				values (?, ?, 'Famview', ?, ?, ?)""")
			.params(id, givenName, sex, household, Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	void relate(UUID child, UUID adult, String kind) {
		jdbc.sql("insert into relationship (id, child_id, adult_id, kind, parental_responsibility) values (?, ?, ?, ?, true)")
			.params(UUID.randomUUID(), child, adult, kind)
			.update();
	}

	void involve(UUID child, String username, String kind) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, p.agency_id, p.id, p.team_id, ?, ?, ?
				from account a join practitioner p on p.id = a.practitioner_id where a.username = ?""")
			.params(UUID.randomUUID(), child, kind, LocalDate.now().minusDays(30), Timestamp.from(Instant.now()), username)
			.update();
	}
}
