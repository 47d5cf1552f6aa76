package org.seen.strategy.internal.learning;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A strategy of the test's own (not the current one, so it never collides with the demo's) with one
 * priority, one aim and one action plan item, for recommendations to point at.
 */
record StrategyRows(UUID aim, UUID item, String aimReference, String itemReference) {

	static StrategyRows insert(JdbcClient jdbc, String title) {
		UUID strategy = UUID.randomUUID();
		UUID priority = UUID.randomUUID();
		UUID aim = UUID.randomUUID();
		UUID item = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy (id, title, starts_on, ends_on, current, created_at)
				values (?, ?, date '2024-04-01', date '2027-03-31', false, now())""")
			.params(strategy, title)
			.update();
		jdbc.sql("insert into strategy_priority (id, strategy_id, position, title) values (?, ?, 1, 'Prevention')")
			.params(priority, strategy)
			.update();
		jdbc.sql("insert into strategy_aim (id, priority_id, reference, statement) values (?, ?, '9.1', ?)")
			.params(aim, priority, "Neglect is recognised early: " + title)
			.update();
		jdbc.sql("""
				insert into action_item (id, priority_id, reference, title, activities, lead_name, lead_agency_id, created_at)
				values (?, ?, '9.1', ?, 'Train practitioners', 'A lead', (select id from agency where code = 'CSC'), now())""")
			.params(item, priority, "Roll out the neglect tool: " + title)
			.update();
		return new StrategyRows(aim, item, "9.1", "9.1");
	}
}
