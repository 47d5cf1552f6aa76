package org.seen.family;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Families' feedback from the family view, anonymised for the partnership's summaries: how helpful
 * (1 to 5), the day it was given and the texts, with no child, family member, name or id. Read-only;
 * the strategy module reads it, the family module knows nothing of strategy. The texts are the
 * family's own words, so whoever shows them must not attribute them (the strategy module shows them
 * only to its editors, unattributed, and only with enough responses).
 */
@Service
public class FamilyFeedbackFigures {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	FamilyFeedbackFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One piece of feedback, with nothing that says whose. */
	public record Response(LocalDate givenOn, int helpfulness, String helping, String couldBeBetter,
			String anythingElse) {
	}

	/** Feedback given on the days from {@code from} to {@code to} (both included, London time), in date order. */
	public List<Response> between(LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(LONDON).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant());
		return jdbc.sql("""
				select given_at, helpfulness, helping, could_be_better, anything_else
				from family_feedback where given_at >= ? and given_at < ? order by given_at""")
			.params(start, end)
			.query((rs, n) -> new Response(rs.getTimestamp("given_at").toInstant().atZone(LONDON).toLocalDate(),
					rs.getInt("helpfulness"), rs.getString("helping"), rs.getString("could_be_better"),
					rs.getString("anything_else")))
			.list();
	}
}
