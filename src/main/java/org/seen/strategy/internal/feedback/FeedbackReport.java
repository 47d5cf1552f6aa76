package org.seen.strategy.internal.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.family.FamilyFeedbackFigures;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.workforce.Bar;
import org.seen.strategy.internal.workforce.Period;
import org.seen.strategy.internal.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What families and practitioners said of the support, summarised without identifying anyone: the
 * number of responses by source and the share rating it helpful or very helpful (4 or 5), small
 * numbers withheld. Comments are the respondents' own words, so they go only to the partnership's
 * editors, unattributed (no date, agency or source order) and only when the period has at least
 * {@value #COMMENTS_FROM} responses, so no comment can be matched to a person by elimination; they
 * are never exported. The quarterly report calls {@link #summary}.
 */
@Service
public class FeedbackReport {

	/** The fewest responses in a period for its comments to be shown. */
	public static final int COMMENTS_FROM = 5;

	private final JdbcClient jdbc;

	private final FamilyFeedbackFigures family;

	private final AuditTrail audit;

	FeedbackReport(JdbcClient jdbc, FamilyFeedbackFigures family, AuditTrail audit) {
		this.jdbc = jdbc;
		this.family = family;
		this.audit = audit;
	}

	/** Numbers only, small ones as "c". */
	public record Summary(LocalDate from, LocalDate to, List<SourceRow> bySource, String responses,
			String shareHelpful) {
	}

	/** One source's responses and the share rating the support helpful or very helpful. */
	public record SourceRow(String source, String responses, String shareHelpful) {
	}

	/** The comments, each list sorted so their order gives away nothing of when or from whom. */
	public record Comments(List<String> helping, List<String> couldBeBetter, List<String> anythingElse) {

		public boolean any() {
			return !helping.isEmpty() || !couldBeBetter.isEmpty() || !anythingElse.isEmpty();
		}
	}

	public record Quarter(String label, Summary summary) {
	}

	public Summary summary(Actor actor, LocalDate from, LocalDate to) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		audit.record(actor, AuditAction.VIEW, "FEEDBACK_SUMMARY", null, null, "Feedback summary " + from + " to " + to);
		return figures(from, to);
	}

	/** The summary for each quarter of a financial year. */
	public List<Quarter> quarters(Actor actor, Period year) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return year.quarters().stream().map(q -> new Quarter(q.label(), figures(q.from(), q.to()))).toList();
	}

	/** Bars of the share rating the support helpful, per source; a withheld share draws no bar. */
	public List<Bar> helpfulBars(Summary summary) {
		List<Bar> bars = new ArrayList<>();
		for (SourceRow row : summary.bySource()) {
			String share = row.shareHelpful();
			int percent = share.endsWith("%") ? Integer.parseInt(share.substring(0, share.length() - 1)) : 0;
			bars.add(new Bar(row.source(), share, percent));
		}
		return bars;
	}

	/**
	 * The period's comments for an editor, or null when the actor is not one or the period has fewer
	 * than {@value #COMMENTS_FROM} responses.
	 */
	public Comments comments(Actor actor, LocalDate from, LocalDate to) {
		if (!StrategyRoles.edits(actor)) {
			return null;
		}
		Counts counts = counts(from, to);
		if (counts.total() < COMMENTS_FROM) {
			return null;
		}
		audit.record(actor, AuditAction.VIEW, "FEEDBACK_COMMENTS", null, null,
				"Feedback comments " + from + " to " + to);
		List<FamilyFeedbackFigures.Response> families = family.between(from, to);
		List<String> helping = new ArrayList<>();
		List<String> better = new ArrayList<>();
		List<String> other = new ArrayList<>();
		// each source's comments only when that source alone has enough responses: one family's words
		// must not stand out among many practitioners'
		if (counts.family() >= COMMENTS_FROM) {
			families.forEach(r -> {
				add(helping, r.helping());
				add(better, r.couldBeBetter());
				add(other, r.anythingElse());
			});
		}
		if (counts.printed() >= COMMENTS_FROM) {
			printed(from, to, helping, better, other);
		}
		if (counts.practitioners() >= COMMENTS_FROM) {
			practitioners(from, to, helping, better);
		}
		return new Comments(sorted(helping), sorted(better), sorted(other));
	}

	private void printed(LocalDate from, LocalDate to, List<String> helping, List<String> better, List<String> other) {
		jdbc.sql("select helping, could_be_better, anything_else from printed_feedback where given_on between ? and ?")
			.params(from, to)
			.query((rs, n) -> {
				add(helping, rs.getString(1));
				add(better, rs.getString(2));
				add(other, rs.getString(3));
				return n;
			})
			.list();
	}

	private void practitioners(LocalDate from, LocalDate to, List<String> helping, List<String> better) {
		jdbc.sql("select helped, could_be_better from practitioner_feedback where given_on between ? and ?")
			.params(from, to)
			.query((rs, n) -> {
				add(helping, rs.getString(1));
				add(better, rs.getString(2));
				return n;
			})
			.list();
	}

	private static void add(List<String> list, String text) {
		if (text != null && !text.isBlank()) {
			list.add(text.trim());
		}
	}

	private static List<String> sorted(List<String> texts) {
		return texts.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	private record Counts(long family, long familyHelpful, long printed, long printedHelpful, long practitioners,
			long practitionersHelpful) {

		long total() {
			return family + printed + practitioners;
		}

		long helpful() {
			return familyHelpful + printedHelpful + practitionersHelpful;
		}
	}

	private Counts counts(LocalDate from, LocalDate to) {
		List<FamilyFeedbackFigures.Response> families = family.between(from, to);
		long[] printed = jdbc.sql("select count(*), count(*) filter (where helpfulness >= 4) from printed_feedback"
				+ " where given_on between ? and ?")
			.params(from, to).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		long[] practitioners = jdbc.sql("select count(*), count(*) filter (where rating >= 4) from practitioner_feedback"
				+ " where given_on between ? and ?")
			.params(from, to).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return new Counts(families.size(),
				families.stream().filter(r -> Helpfulness.helpful(r.helpfulness())).count(), printed[0], printed[1],
				practitioners[0], practitioners[1]);
	}

	private Summary figures(LocalDate from, LocalDate to) {
		Counts c = counts(from, to);
		List<SourceRow> rows = Stream.of(
				new SourceRow("Families, in the family view", SmallNumbers.count(c.family()),
						SmallNumbers.share(c.familyHelpful(), c.family())),
				new SourceRow("Families, on a printed form", SmallNumbers.count(c.printed()),
						SmallNumbers.share(c.printedHelpful(), c.printed())),
				new SourceRow("Practitioners", SmallNumbers.count(c.practitioners()),
						SmallNumbers.share(c.practitionersHelpful(), c.practitioners())))
			.toList();
		return new Summary(from, to, rows, SmallNumbers.count(c.total()), SmallNumbers.share(c.helpful(), c.total()));
	}
}
