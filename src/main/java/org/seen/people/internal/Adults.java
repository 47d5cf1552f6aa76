package org.seen.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.seen.people.ContributoryFactor;
import org.seen.people.RelationshipKind;
import org.seen.people.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The adults in a child's life and how they are related to the child. */
@Repository
class Adults {

	private final JdbcClient jdbc;

	Adults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Adult> ofChild(UUID childId) {
		return jdbc.sql("""
				select a.id, a.given_name, a.family_name, a.date_of_birth, a.sex, a.contributory_factors,
				       r.kind, r.parental_responsibility, r.lives_with_child
				from relationship r join adult a on a.id = r.adult_id
				where r.child_id = ? order by r.kind, a.family_name""")
			.param(childId)
			.query((rs, n) -> new Adult(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
					Sex.valueOf(rs.getString("sex")), RelationshipKind.valueOf(rs.getString("kind")),
					rs.getBoolean("parental_responsibility"), rs.getBoolean("lives_with_child"),
					Arrays.stream((String[]) rs.getArray("contributory_factors").getArray())
						.map(ContributoryFactor::valueOf)
						.sorted()
						.toList()))
			.list();
	}

	UUID insert(NewAdult adult, UUID householdId, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into adult (id, given_name, family_name, date_of_birth, sex, household_id, contributory_factors, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, adult.givenName(), adult.familyName(), adult.dateOfBirth(), adult.sex().name(),
					adult.livesWithChild() ? householdId : null,
					adult.factors().stream().map(Enum::name).sorted().toArray(String[]::new), Timestamp.from(now))
			.update();
		return id;
	}

	void relate(UUID childId, UUID adultId, NewAdult adult) {
		jdbc.sql("""
				insert into relationship (id, child_id, adult_id, kind, parental_responsibility, lives_with_child)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), childId, adultId, adult.kind().name(), adult.parentalResponsibility(),
					adult.livesWithChild())
			.update();
	}

	record Adult(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Sex sex, RelationshipKind kind,
			boolean parentalResponsibility, boolean livesWithChild, List<ContributoryFactor> factors) {

		public String name() {
			return givenName + " " + familyName;
		}
	}

	record NewAdult(String givenName, String familyName, LocalDate dateOfBirth, Sex sex, RelationshipKind kind,
			boolean parentalResponsibility, boolean livesWithChild, Set<ContributoryFactor> factors) {
	}
}
