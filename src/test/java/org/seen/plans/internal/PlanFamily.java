package org.seen.plans.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seen.DemoActors;
import org.seen.TestHousehold;
import org.seen.access.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An invented household for plan tests: a child with a mother and a father, the agencies the
 * test names involved, and (the pathway's pages being built elsewhere) the level of need and the
 * family's consent written straight into the pathway's tables; a completed assessment to tie
 * outcomes to.
 */
@Component
class PlanFamily {

	static final String TOOL = "family-strengths-and-needs";

	private final JdbcClient jdbc;

	private final DemoActors actors;

	PlanFamily(JdbcClient jdbc, org.seen.agencies.Practitioners practitioners) {
		this.jdbc = jdbc;
		this.actors = new DemoActors(jdbc, practitioners);
	}

	Actor actor(String username) {
		return actors.actor(username);
	}

	org.seen.access.internal.SeenUser user(String username) {
		return new org.seen.access.internal.SeenUser(actor(username), "", true, true);
	}

	UUID practitioner(String username) {
		return jdbc.sql("select practitioner_id from account where username = ?").param(username).query(UUID.class).single();
	}

	/** A child of seven whose record the given accounts' agencies are involved with. */
	TestHousehold.Home create(String... involved) {
		return TestHousehold.create(jdbc, "Planfamily", "FEMALE", 7, "Juno", 60, involved);
	}

	void involve(UUID child, String username) {
		TestHousehold.involve(jdbc, child, username, 60);
	}

	/** The level of need decided for the child, as the pathway would record it. */
	void level(UUID child, String code) {
		jdbc.sql("""
				insert into level_decision (id, child_id, level_code, suggested_code, rationale, decided_by, decided_at)
				values (?, ?, ?, ?, 'Several needs across agencies', 'A test practitioner', ?)""")
			.params(UUID.randomUUID(), child, code, code, Timestamp.from(Instant.now()))
			.update();
	}

	/** The family's consent to early help, given a month ago. */
	void consent(UUID child) {
		jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, purpose, how_given, given_on, lawful_basis,
				  recorded_by, recorded_at)
				values (?, ?, 'Mother', 'Early help and sharing with the team', 'WRITTEN', ?, 'CONSENT', 'A test practitioner', ?)""")
			.params(UUID.randomUUID(), child, LocalDate.now().minusMonths(1), Timestamp.from(Instant.now()))
			.update();
	}

	/** Early help with consent: ready for a plan. */
	TestHousehold.Home ready(String... involved) {
		TestHousehold.Home home = create(involved);
		level(home.child(), "TARGETED_EARLY_HELP");
		consent(home.child());
		assessed(home.child());
		return home;
	}

	/** A completed assessment a month ago: nutrition graded 3, home conditions 4, hygiene 2, warmth 1. */
	UUID assessed(UUID child) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into assessment (id, child_id, tool_id, tool_version, age_band, assessed_on, status, created_by,
				  created_at, completed_by, completed_at)
				values (?, ?, ?, 1, '5-10', ?, 'COMPLETED', 'A test practitioner', now(), 'A test practitioner', now())""")
			.params(id, child, TOOL, LocalDate.now().minusMonths(1))
			.update();
		item(id, "nutrition", 3);
		item(id, "home-conditions", 4);
		item(id, "hygiene", 2);
		item(id, "warmth-and-responsiveness", 1);
		return id;
	}

	private void item(UUID assessment, String item, int grade) {
		jdbc.sql("""
				insert into assessment_item (assessment_id, item_id, grade, updated_by, updated_at)
				values (?, ?, ?, 'A test practitioner', now())""")
			.params(assessment, item, grade)
			.update();
	}
}
