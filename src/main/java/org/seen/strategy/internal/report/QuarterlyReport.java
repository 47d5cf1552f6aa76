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

	private final AuditTrail audit;

	private final Clock clock;

	QuarterlyReport(MeasuresInReport measures, AuditTrail audit, Clock clock) {
		this.measures = measures;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the report holds. */
	public record Contents(ReportQuarter quarter, String preparedOn, List<MeasuresInReport.MeasureInReport> measures) {
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
		return new Contents(quarter, today().format(DAY), measures.forQuarter(actor, quarter, List.of()));
	}
}
