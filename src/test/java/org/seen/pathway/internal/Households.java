package org.seen.pathway.internal;

import java.util.UUID;

import org.seen.DemoActors;
import org.seen.TestHousehold;
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

	TestHousehold.Home create(String... involved) {
		return TestHousehold.create(jdbc, "Pathwaytest", "UNKNOWN", 6, "Edda", 30, involved);
	}

	void involve(UUID child, String username) {
		TestHousehold.involve(jdbc, child, username, 30);
	}

	int count(String table, UUID child) {
		return jdbc.sql("select count(*) from " + table + " where child_id = ?").param(child).query(Integer.class).single();
	}
}
