package org.seen;

import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.Role;
import org.seen.agencies.Practitioners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo partnership's accounts as actors, for tests that call services directly. */
@Component
public class DemoActors {

	private final JdbcClient jdbc;

	private final Practitioners practitioners;

	public DemoActors(JdbcClient jdbc, Practitioners practitioners) {
		this.jdbc = jdbc;
		this.practitioners = practitioners;
	}

	public Actor actor(String username) {
		return jdbc.sql("select id, display_name, role, practitioner_id from account where username = ?")
			.param(username)
			.query((rs, n) -> {
				UUID practitionerId = rs.getObject("practitioner_id", UUID.class);
				return new Actor(rs.getObject("id", UUID.class), username, rs.getString("display_name"),
						Role.valueOf(rs.getString("role")),
						practitionerId == null ? null : practitioners.find(practitionerId).orElseThrow());
			})
			.single();
	}
}
