package org.seen.access;

import java.time.Instant;
import java.util.UUID;

import org.seen.agencies.Involvements;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The children an actor may see, as a SQL condition over a child id column, so that lists and
 * searches are filtered in the database. Includes records opened by breaking glass.
 */
public record VisibleChildren(Involvements.Scope involvement, UUID accountId, Instant now) {

	public String condition(String childIdColumn) {
		String breakGlass = "exists (select 1 from break_glass bg where bg.child_id = " + childIdColumn
				+ " and bg.account_id = :vc_account and bg.expires_at > :vc_now)";
		return involvement == null ? breakGlass
				: "(" + involvement.condition(childIdColumn) + " or " + breakGlass + ")";
	}

	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
		JdbcClient.StatementSpec bound = spec.param("vc_account", accountId)
			.param("vc_now", java.sql.Timestamp.from(now));
		return involvement == null ? bound : involvement.bind(bound);
	}
}
