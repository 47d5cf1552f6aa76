package org.seen.strategy.internal.workforce;

import org.seen.strategy.internal.SmallNumbers;
import java.time.LocalDate;
import java.util.List;


import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.strategy.internal.StrategyRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The training figures for a period: sessions run, practitioners trained (distinct people who
 * attended at least one session: a directory practitioner by their record, a typed attendee by
 * name and agency), by agency and agency kind, and confidence before and after with the mean change,
 * counted only from attendees who gave both scores so the change compares like with like. Small
 * numbers are withheld. The quarterly report calls {@link #summary}.
 */
@Service
public class TrainingReport {

	/** Who an attendee is, the same person across sessions. */
	private static final String PERSON = "coalesce(t.practitioner_id::text, lower(trim(t.attendee_name)) || '|' || t.agency_id::text)";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	TrainingReport(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Numbers only, small ones as "c". */
	public record Summary(LocalDate from, LocalDate to, String sessions, String practitionersTrained,
			List<Row> byAgencyKind, String meanConfidenceBefore, String meanConfidenceAfter, String meanChange,
			String gaveBoth) {
	}

	public record Row(String label, String count) {
	}

	/** The page's figures: the summary, every agency, and bars for the charts. */
	public record Totals(Summary summary, List<Row> byAgency, List<Bar> agencyBars, List<Bar> kindBars,
			long sessionsRun, long trained) {
	}

	public Summary summary(Actor actor, LocalDate from, LocalDate to) {
		return totals(actor, from, to).summary();
	}

	public Totals totals(Actor actor, LocalDate from, LocalDate to) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		audit.record(actor, AuditAction.VIEW, "TRAINING_TOTALS", null, null, "Training figures " + from + " to " + to);
		long sessions = jdbc.sql("select count(*) from training_session where held_on between ? and ?")
			.params(from, to).query(Long.class).single();
		String attended = " from training_attendance t join training_session s on s.id = t.session_id"
				+ " join agency g on g.id = t.agency_id where t.attended and s.held_on between ? and ?";
		long trained = jdbc.sql("select count(distinct " + PERSON + ")" + attended).params(from, to)
			.query(Long.class).single();
		List<Object[]> agencies = jdbc.sql("select g.name, count(distinct " + PERSON + ") as n" + attended
				+ " group by g.name order by n desc, g.name")
			.params(from, to).query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) }).list();
		List<Object[]> kinds = jdbc.sql("select g.kind, count(distinct " + PERSON + ") as n" + attended
				+ " group by g.kind order by n desc, g.kind")
			.params(from, to).query((rs, n) -> new Object[] { AgencyKinds.label(rs.getString(1)), rs.getLong(2) })
			.list();
		double[] confidence = jdbc.sql("select count(*), coalesce(sum(t.confidence_before), 0),"
				+ " coalesce(sum(t.confidence_after), 0)" + attended
				+ " and t.confidence_before is not null and t.confidence_after is not null")
			.params(from, to)
			.query((rs, n) -> new double[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
		long both = (long) confidence[0];
		Summary summary = new Summary(from, to, SmallNumbers.count(sessions), SmallNumbers.count(trained),
				rows(kinds), SmallNumbers.mean(confidence[1], both), SmallNumbers.mean(confidence[2], both),
				signed(SmallNumbers.mean(confidence[2] - confidence[1], both)), SmallNumbers.count(both));
		return new Totals(summary, rows(agencies), bars(agencies), bars(kinds), sessions, trained);
	}

	private static String signed(String mean) {
		return mean.matches("\\d.*") && !mean.matches("0(\\.0)?") ? "+" + mean : mean;
	}

	private static List<Row> rows(List<Object[]> counts) {
		return counts.stream().map(c -> new Row((String) c[0], SmallNumbers.count((Long) c[1]))).toList();
	}

	private static List<Bar> bars(List<Object[]> counts) {
		return Bar.scaled(counts.stream().map(c -> (String) c[0]).toList(),
				counts.stream().map(c -> (Long) c[1]).toList());
	}

}
