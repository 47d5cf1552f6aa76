package org.seen.pathway.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Step-ups and step-downs in PostgreSQL; each is a record of what happened and is never changed. */
@Repository
class Transitions {

	private final JdbcClient jdbc;

	Transitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Transition t, UUID account) {
		jdbc.sql("""
				insert into level_transition (id, child_id, direction, from_level_code, to_level_code, reason,
				  referral_id, level_decision_id, made_by, made_by_account, made_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), t.childId(), t.direction().name(), t.fromLevelCode(), t.toLevelCode(), t.reason(),
					t.referralId(), t.levelDecisionId(), t.madeBy(), account, Timestamp.from(t.madeAt()))
			.update();
	}

	/** The child's transitions, newest first. */
	List<Transition> ofChild(UUID childId) {
		return jdbc.sql("select * from level_transition where child_id = ? order by made_at desc")
			.param(childId)
			.query((rs, n) -> new Transition(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
					Transition.Direction.valueOf(rs.getString("direction")), rs.getString("from_level_code"),
					rs.getString("to_level_code"), rs.getString("reason"), rs.getObject("referral_id", UUID.class),
					rs.getObject("level_decision_id", UUID.class), rs.getString("made_by"),
					rs.getTimestamp("made_at").toInstant()))
			.list();
	}
}
