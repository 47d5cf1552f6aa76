package org.seen.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Northbrook's register of reviews: five invented reviews (a local child safeguarding practice
 * review, a rapid review, a national panel report on neglect, a safeguarding adults review and a
 * multi-agency audit) with their themes, recommendations cross-referenced to the demo strategy's
 * aims and action items (by reference; none when the strategy is not loaded), and some evidence of
 * what changed. No real review, person or family is described.
 */
class DemoLearning {

	private final JdbcClient jdbc;

	private final LocalDate today;

	private final java.time.Instant now;

	DemoLearning(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		this.now = clock.instant();
	}

	void write() {
		UUID cspr = review("LOCAL_CSPR", "LOCAL", "Child H: a local child safeguarding practice review",
				"Northbrook Safeguarding Children Partnership", today.minusMonths(14),
				"A primary-age child whose neglect was seen by each agency in part but by none as a whole. Missed "
						+ "health appointments, poor attendance and the state of the home were each recorded, but not "
						+ "brought together until the child was admitted to hospital.",
				"The child's voice and lived experience", "Recognising cumulative neglect",
				"Was not brought: missed health appointments", "Information sharing between agencies",
				"Fathers and male carers");
		UUID rapid = review("RAPID_REVIEW", "LOCAL", "Rapid review: infant in a household known to early help",
				"Northbrook Safeguarding Children Partnership", today.minusMonths(7),
				"A rapid review after a serious incident involving an infant. The early help plan had drifted for "
						+ "several months without review, and concerns were not escalated.",
				"Drift and delay", "Escalation and challenge", "Supervision and reflection", "Home conditions");
		UUID national = review("NATIONAL_REVIEW", "NATIONAL",
				"Learning for practice: recognising and responding to neglect (thematic report)",
				"National child safeguarding practice review panel (invented for the demo)", today.minusMonths(20),
				"An invented national thematic report standing for the kind the panel publishes: neglect is often "
						+ "seen as a series of episodes rather than a pattern; practitioners need tools and "
						+ "supervision that help them see the whole picture.",
				"Recognising cumulative neglect", "Professional curiosity", "Thresholds and level of need",
				"Disguised compliance");
		UUID sar = review("SAFEGUARDING_ADULTS_REVIEW", "LOCAL", "Safeguarding adults review: Adult M",
				"Northbrook Safeguarding Adults Board", today.minusMonths(10),
				"A parent with mental ill health and alcohol use; the review found that adult services did not "
						+ "think about the children in the household.",
				"Information sharing between agencies", "Professional curiosity", "Home conditions");
		UUID audit = review("MULTI_AGENCY_AUDIT", "LOCAL", "Multi-agency audit: adolescents and neglect",
				"Northbrook Safeguarding Children Partnership quality and performance subgroup", today.minusMonths(3),
				"Twelve cases of young people aged 12 to 17 on early help or child in need plans were audited by "
						+ "practitioners from five agencies.",
				"Adolescents", "School attendance", "The child's voice and lived experience", "Drift and delay");

		UUID r1 = recommendation(cspr, 1, "Agencies should use the partnership's neglect assessment tool whenever "
				+ "three or more indicators of neglect are recorded in a year, and share the result with the lead "
				+ "professional.", "Head of early help", "CSC", today.minusMonths(2), "COMPLETE", null, false,
				List.of("1.1", "2.1"), List.of("1.1"));
		UUID r2 = recommendation(cspr, 2, "Health services should follow up every child who was not brought to two "
				+ "appointments in a row, and tell the child's GP and school.", "Designated nurse for safeguarding",
				"HOSP", today.minusMonths(1), "IN_PROGRESS", null, false, List.of("1.2"), List.of("1.2"));
		recommendation(cspr, 3, "All agencies should record the views and experiences of fathers and male carers "
				+ "in assessments and plans.", "Partnership business manager", "NSCP", today.plusMonths(4),
				"IN_PROGRESS", null, true, List.of(), List.of("2.2"));
		UUID r4 = recommendation(rapid, 1, "Early help plans should be reviewed at least every twelve weeks, and drift "
				+ "flagged automatically to the team manager.", "Early help team manager", "CSC",
				today.minusMonths(3), "COMPLETE", null, false, List.of("2.1", "2.2"), List.of("2.1"));
		recommendation(rapid, 2, "The partnership's escalation procedure should be relaunched with a briefing for "
				+ "every agency.", "Partnership business manager", "NSCP", today.plusMonths(2), "NOT_STARTED", null,
				false, List.of("3.1"), List.of("3.1"));
		recommendation(national, 1, "Partnerships should assure themselves that practitioners use a tool to see "
				+ "cumulative neglect across agencies.", "Partnership business manager", "NSCP", today.plusMonths(6),
				"IN_PROGRESS", null, true, List.of(), List.of("1.1"));
		recommendation(national, 2, "Supervision should give practitioners time to step back and look at the "
				+ "whole history of a family.", "Principal social worker", "CSC", today.minusWeeks(2), "IN_PROGRESS",
				null, false, List.of("3.2"), List.of("3.2"));
		recommendation(sar, 1, "Adult mental health assessments should ask about children in the household and "
				+ "who cares for them.", "Service manager, adult mental health", "AMH", today.plusMonths(1),
				"IN_PROGRESS", null, false, List.of("1.2"), List.of());
		recommendation(sar, 2, "A joint protocol for adult and children's services should replace the existing "
				+ "referral form.", "Service manager, adult mental health", "AMH", null, "NOT_ACCEPTED",
				"The partnership's existing think-family protocol covers this; it will be re-launched instead (see "
						+ "the escalation recommendation of the rapid review).",
				false, List.of(), List.of());
		UUID a1 = recommendation(audit, 1, "Schools should share attendance below 90% for young people on early "
				+ "help plans with the lead professional each half term.", "Designated safeguarding lead network chair",
				"SCH1", today.plusMonths(3), "NOT_STARTED", null, false, List.of("1.2", "3.1"), List.of("1.2"));
		recommendation(audit, 2, "Plans for adolescents should record what the young person said in their own "
				+ "words.", "Early help team manager", "CSC", today.plusMonths(3), "NOT_STARTED", null, false,
				List.of("2.2"), List.of());

		evidence(r1, today.minusMonths(4), "The neglect assessment tool is now used by schools, health visiting and "
				+ "early help; 180 practitioners were trained in the year.", null);
		evidence(r1, today.minusMonths(2), "Audit of 20 early help cases found the tool used in 17 of them.", null);
		evidence(r2, today.minusWeeks(6), "Was-not-brought policy revised by the hospital trust and the GP practices.",
				"https://example.org/was-not-brought-policy");
		evidence(r4, today.minusMonths(3), "Seen now flags plans without a review in twelve weeks to the team "
				+ "manager's worklist.", "/strategy");
		evidence(a1, today.minusWeeks(1), "Attendance data sharing agreed at the DSL network; first return due "
				+ "next half term.", null);
	}

	private UUID review(String kind, String scope, String title, String by, LocalDate published, String summary,
			String... themes) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into learning_review (id, kind, scope, title, published_by, published_on, summary, link, created_at)
				values (?, ?, ?, ?, ?, ?, ?, null, ?)""")
			.params(id, kind, scope, title, by, Date.valueOf(published), summary, Timestamp.from(now))
			.update();
		for (String theme : themes) {
			jdbc.sql("""
					insert into learning_review_theme (review_id, theme_id)
					select ?, id from learning_theme where name = ?""")
				.params(id, theme)
				.update();
		}
		return id;
	}

	private UUID recommendation(UUID review, int position, String text, String owner, String agencyCode,
			LocalDate due, String status, String reason, boolean allAims, List<String> aims, List<String> items) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into learning_recommendation (id, review_id, position, text, owner_name, owner_agency_id, due_on,
				  status, not_accepted_reason, all_aims, created_at, updated_at)
				values (?, ?, ?, ?, ?, (select id from agency where code = ?), ?, ?, ?, ?, ?, ?)""")
			.params(id, review, position, text, owner, agencyCode, due == null ? null : Date.valueOf(due), status, reason,
					allAims, Timestamp.from(now), Timestamp.from(now))
			.update();
		// the demo strategy's aims and items, looked up by the reference the strategy gives them
		for (String aim : new ArrayList<>(aims)) {
			jdbc.sql("""
					insert into learning_recommendation_aim (recommendation_id, aim_id)
					select ?, a.id from strategy_aim a join strategy_priority p on p.id = a.priority_id
					join strategy s on s.id = p.strategy_id where s.current and a.reference = ?""")
				.params(id, aim)
				.update();
		}
		for (String item : items) {
			jdbc.sql("""
					insert into learning_recommendation_item (recommendation_id, item_id)
					select ?, i.id from action_item i join strategy_priority p on p.id = i.priority_id
					join strategy s on s.id = p.strategy_id where s.current and i.reference = ?""")
				.params(id, item)
				.update();
		}
		return id;
	}

	private void evidence(UUID recommendation, LocalDate changed, String what, String link) {
		jdbc.sql("""
				insert into learning_evidence (id, recommendation_id, changed_on, what_changed, link, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), recommendation, Date.valueOf(changed), what, link, Timestamp.from(now))
			.update();
	}
}
