package org.seen.escalation.internal;

import java.util.UUID;

import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.access.TestChildren;
import org.seen.agencies.Practitioners;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo partnership's people and agencies for escalation tests, and children known to them. */
class Parties {

	private final JdbcClient jdbc;

	private final DemoActors actors;

	private final TestChildren children;

	Parties(JdbcClient jdbc, Practitioners practitioners) {
		this.jdbc = jdbc;
		this.actors = new DemoActors(jdbc, practitioners);
		this.children = new TestChildren(jdbc);
	}

	Actor actor(String username) {
		return actors.actor(username);
	}

	org.seen.access.internal.SeenUser user(String username) {
		return new org.seen.access.internal.SeenUser(actor(username), "", true, true);
	}

	/** A child known to the given accounts' practitioners (and so their agencies). */
	UUID child(String name, String... involved) {
		TestChildren.Child child = children.create(name);
		for (String username : involved) {
			children.involve(child, username, "INVOLVED");
		}
		return child.id();
	}

	/**
	 * A child the teacher works with whom children's social care also knows, through its social
	 * worker: an escalation may be raised only with an agency working with the child.
	 */
	UUID childKnownToSocialCare(String name) {
		return child(name, "teacher", "social.worker");
	}

	/** Ends every involvement of the agency with the child from today, as if its work had closed. */
	void endInvolvement(UUID child, String agencyCode) {
		jdbc.sql("""
				update involvement set ended_on = greatest(started_on, current_date)
				where child_id = ? and agency_id = (select id from agency where code = ?)""")
			.params(child, agencyCode)
			.update();
	}

	UUID agency(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(UUID.class).single();
	}

	UUID practitioner(String username) {
		return jdbc.sql("select practitioner_id from account where username = ?").param(username).query(UUID.class).single();
	}

	/** What a teacher raises about a front-door decision, with the council's children's social care. */
	ChildEscalations.Raising aboutTheFrontDoor() {
		return new ChildEscalations.Raising("FRONT_DOOR_DECISION",
				"The referral was closed with advice only, but the child is still coming to school hungry and unwashed.",
				"A child and family assessment under section 17.", agency("CSC"), null);
	}
}
