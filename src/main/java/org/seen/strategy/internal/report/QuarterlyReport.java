package org.seen.strategy.internal.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.actionplan.ActionPlanReport;
import org.seen.strategy.internal.audits.CaseAuditReport;
import org.seen.strategy.internal.feedback.FeedbackReport;
import org.seen.strategy.internal.learning.LearningReport;
import org.seen.strategy.internal.workforce.TrainingReport;
import org.springframework.stereotype.Service;

/**
 * The quarterly report to the quality and performance subgroup: one document combining the
 * measures, the action plan's ratings, audit findings, training and feedback figures and learning
 * from reviews for one quarter. Every figure in it is aggregate with small numbers withheld, so it
 * can be circulated; producing it is audited as an export.
 */
@Service
public class QuarterlyReport {

	static final String RECORD = "QUARTERLY_REPORT";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MeasuresInReport measures;

	private final CaseAuditReport audits;

	private final LearningReport learning;

	private final TrainingReport training;

	private final ActionPlanReport actionPlan;

	private final FeedbackReport feedback;

	private final AuditTrail audit;

	private final Clock clock;

	QuarterlyReport(MeasuresInReport measures, CaseAuditReport audits, LearningReport learning,
			TrainingReport training, FeedbackReport feedback, ActionPlanReport actionPlan, AuditTrail audit,
			Clock clock) {
		this.actionPlan = actionPlan;
		this.training = training;
		this.feedback = feedback;
		this.measures = measures;
		this.audits = audits;
		this.learning = learning;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the report holds: each part as its own module section gives it for the quarter. */
	public record Contents(ReportQuarter quarter, String preparedOn, List<MeasuresInReport.MeasureInReport> measures,
			ActionPlanReport.Summary actionPlan, Bars ratings, CaseAuditReport.Summary audits, List<Bars> auditShares, TrainingReport.Summary trainedInQuarter,
			TrainingReport.Summary trainedInYear, Bars trainedByAgencyKind, FeedbackReport.Summary feedback,
			Bars helpfulBySource, LearningReport.Summary learning) {
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	/** The quarters one may report on, latest first. */
	List<ReportQuarter> choices() {
		return ReportQuarter.endedBy(today(), 8);
	}

	Contents contents(Actor actor, ReportQuarter quarter) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		audit.record(actor, AuditAction.EXPORT, RECORD, null, null, quarter.key());
		CaseAuditReport.Summary audited = audits.summary(actor, quarter.starts(), quarter.ends());
		TrainingReport.Summary trainedInQuarter = training.summary(actor, quarter.starts(), quarter.ends());
		FeedbackReport.Summary said = feedback.summary(actor, quarter.starts(), quarter.ends());
		ActionPlanReport.Summary plan = actionPlan.summary(actor, quarter.ends());
		List<String> linked = plan.priorities().stream()
			.flatMap(p -> p.items().stream())
			.flatMap(i -> i.kpis().stream())
			.map(ActionPlanReport.KpiLine::measureKey)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		ActionPlanReport.Counts counts = plan.counts();
		Bars ratings = Bars.of(List.of(rating("Red", counts.red()), rating("Amber", counts.amber()),
				rating("Green", counts.green()), rating("Not yet rated", counts.notRated())));
		return new Contents(quarter, today().format(DAY), measures.forQuarter(actor, quarter, linked), plan, ratings,
				audited,
				shares(audited), trainedInQuarter, training.summary(actor, quarter.yearStarts(), quarter.ends()),
				Bars.of(trainedInQuarter.byAgencyKind().stream().map(r -> Bars.Entry.written(r.label(), r.count())).toList()),
				said, Bars.ofPercentages(said.bySource().stream()
					.map(r -> Bars.Entry.written(r.source(), r.shareHelpful()))
					.toList()),
				learning.summary(actor, quarter.starts(), quarter.ends()));
	}

	/**
	 * The action plan's ratings are counts of actions, not of children, so they are not withheld:
	 * the subgroup needs to see a single red action.
	 */
	private static Bars.Entry rating(String label, int count) {
		return new Bars.Entry(label, java.math.BigDecimal.valueOf(count), Integer.toString(count));
	}

	/** Each question's share graded good or better (or yes) as one bar, a withheld share having none. */
	private static List<Bars> shares(CaseAuditReport.Summary audited) {
		return audited.questions().stream()
			.map(q -> Bars.ofPercentages(List.of(new Bars.Entry("Good or better", percent(q.shareGoodOrBetter()),
					q.shareGoodOrBetter() == null ? "None graded" : q.shareGoodOrBetter()))))
			.toList();
	}

	static java.math.BigDecimal percent(String share) {
		if (share == null || !share.matches("\\d+(\\.\\d+)?%")) {
			return null;
		}
		return new java.math.BigDecimal(share.substring(0, share.length() - 1));
	}
}
