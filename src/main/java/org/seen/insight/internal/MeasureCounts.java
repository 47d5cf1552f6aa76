package org.seen.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.seen.insight.internal.CensusChild.Assessment;
import org.seen.insight.internal.CensusChild.CinPlan;
import org.seen.insight.internal.CensusChild.Episode;
import org.seen.insight.internal.CensusChild.ProtectionPlan;

/**
 * Counts every measure child by child while a return is read. Each measure depends only on one
 * child's own episodes (they all sit inside its {@code Child} element), so the counts are complete
 * when the last child has been read, and the return's figures are stored with it. The same
 * definitions are written set-based in SQL in {@link NeglectMeasures#compute}, which recomputes
 * them from the stored rows; a test holds the two to the same answers.
 */
final class MeasureCounts {

	private static final int AGE = 1;

	private static final int SEX = AGE + 6;

	private static final int ETHNICITY = SEX + 3;

	private static final int DISABILITY = ETHNICITY + 6;

	private static final int WIDTH = DISABILITY + 2;

	private final LocalDate reference;

	private final LocalDate yearStart;

	private final LocalDate sixMonthsBefore;

	private final LocalDate twelveMonthsBefore;

	/** For each measure: its total, then its count in each category of each breakdown. */
	private final long[][] counts = new long[Measure.values().length][WIDTH];

	MeasureCounts(LocalDate reference) {
		this.reference = reference;
		this.yearStart = reference.minusYears(1).plusDays(1);
		this.sixMonthsBefore = reference.minusMonths(6);
		this.twelveMonthsBefore = reference.minusMonths(12);
	}

	void count(CensusChild child) {
		boolean cinPlanNeglect = false;
		List<ProtectionPlan> plans = new ArrayList<>(2);
		for (Episode episode : child.episodes()) {
			LocalDate referral = episode.referralDate();
			boolean neglect = episode.neglect();
			if (inYear(referral)) {
				boolean re = reReferral(child, referral);
				add(Measure.REFERRALS, child, referral);
				if (episode.referralNfa()) {
					add(Measure.REFERRALS_NFA, child, referral);
				}
				if (re) {
					add(Measure.RE_REFERRALS, child, referral);
				}
				if (neglect) {
					add(Measure.REFERRALS_NEGLECT, child, referral);
				}
				if (re && neglect) {
					add(Measure.RE_REFERRALS_NEGLECT, child, referral);
				}
			}
			if (inYear(episode.closureDate()) && "RC9".equals(episode.reasonForClosure())) {
				add(Measure.CLOSED_TO_EARLY_HELP, child, episode.closureDate());
				if (neglect) {
					add(Measure.CLOSED_TO_EARLY_HELP_NEGLECT, child, episode.closureDate());
				}
			}
			for (Assessment assessment : episode.assessments()) {
				if (inYear(assessment.authorisationDate())) {
					add(Measure.ASSESSMENTS, child, assessment.authorisationDate());
					if (assessment.neglect()) {
						add(Measure.ASSESSMENTS_NEGLECT, child, assessment.authorisationDate());
					}
				}
			}
			for (CinPlan plan : episode.cinPlans()) {
				if (neglect && open(plan.startDate(), plan.endDate()) && !plan.startDate().isAfter(sixMonthsBefore)) {
					cinPlanNeglect = true;
				}
			}
			plans.addAll(episode.protectionPlans());
		}
		if (cinPlanNeglect) {
			add(Measure.CIN_PLANS_NEGLECT_OVER_6_MONTHS, child, reference);
		}
		protectionPlans(child, plans);
	}

	private void protectionPlans(CensusChild child, List<ProtectionPlan> plans) {
		if (plans.isEmpty()) {
			return;
		}
		LocalDate first = plans.get(0).startDate();
		for (ProtectionPlan plan : plans) {
			first = plan.startDate().isBefore(first) ? plan.startDate() : first;
		}
		boolean open = false;
		boolean openNeglect = false;
		boolean openNeglectLatest = false;
		boolean open12Months = false;
		for (ProtectionPlan plan : plans) {
			boolean initialNeglect = CensusCodes.NEGLECT_CATEGORY.equals(plan.initialCategory());
			boolean latestNeglect = CensusCodes.NEGLECT_CATEGORY.equals(plan.latestCategory());
			if (inYear(plan.startDate())) {
				boolean subsequent = plan.previousPlans() > 0 || plan.startDate().isAfter(first);
				add(Measure.CPP_STARTED, child, plan.startDate());
				if (initialNeglect) {
					add(Measure.CPP_STARTED_NEGLECT, child, plan.startDate());
				}
				if (subsequent) {
					add(Measure.CPP_STARTED_SUBSEQUENT, child, plan.startDate());
				}
				if (subsequent && initialNeglect) {
					add(Measure.CPP_STARTED_SUBSEQUENT_NEGLECT, child, plan.startDate());
				}
			}
			if (inYear(plan.endDate())) {
				add(Measure.CPP_ENDED, child, plan.endDate());
				if (!plan.endDate().isBefore(plan.startDate().plusYears(2))) {
					add(Measure.CPP_ENDED_2_YEARS_OR_MORE, child, plan.endDate());
					if (initialNeglect) {
						add(Measure.CPP_ENDED_2_YEARS_OR_MORE_NEGLECT, child, plan.endDate());
					}
				}
			}
			if (open(plan.startDate(), plan.endDate())) {
				open = true;
				openNeglect |= initialNeglect;
				openNeglectLatest |= latestNeglect;
				open12Months |= latestNeglect && !plan.startDate().isAfter(twelveMonthsBefore);
			}
		}
		if (open) {
			add(Measure.CPP_OPEN, child, reference);
		}
		if (openNeglect) {
			add(Measure.CPP_OPEN_NEGLECT, child, reference);
		}
		if (openNeglectLatest) {
			add(Measure.CPP_OPEN_NEGLECT_LATEST, child, reference);
		}
		if (open12Months) {
			add(Measure.CPP_OPEN_12_MONTHS_NEGLECT, child, reference);
		}
	}

	/** Another referral of the child on an earlier date, no more than 12 months earlier. */
	private static boolean reReferral(CensusChild child, LocalDate referral) {
		LocalDate earliest = referral.minusMonths(12);
		for (Episode other : child.episodes()) {
			LocalDate date = other.referralDate();
			if (date.isBefore(referral) && !date.isBefore(earliest)) {
				return true;
			}
		}
		return false;
	}

	private boolean inYear(LocalDate date) {
		return date != null && !date.isBefore(yearStart) && !date.isAfter(reference);
	}

	private boolean open(LocalDate start, LocalDate end) {
		return !start.isAfter(reference) && (end == null || end.isAfter(reference));
	}

	private void add(Measure measure, CensusChild child, LocalDate on) {
		long[] row = counts[measure.ordinal()];
		row[0]++;
		row[AGE + ageBand(child.birthDate(), on)]++;
		row[SEX + (child.sex() == 'F' ? 0 : child.sex() == 'M' ? 1 : 2)]++;
		row[ETHNICITY + ethnicityGroup(child.ethnicity())]++;
		row[DISABILITY + (child.disabled() ? 0 : 1)]++;
	}

	/** The index of the age band (unborn, under_1, 1_4, 5_9, 10_15, 16_plus) on the date. */
	static int ageBand(LocalDate born, LocalDate on) {
		if (born == null || born.isAfter(on)) {
			return 0;
		}
		// completed years, as Period.between(born, on).getYears() gives them, without making a Period
		int years = on.getYear() - born.getYear();
		if (on.getMonthValue() < born.getMonthValue()
				|| on.getMonthValue() == born.getMonthValue() && on.getDayOfMonth() < born.getDayOfMonth()) {
			years--;
		}
		return years < 1 ? 1 : years < 5 ? 2 : years < 10 ? 3 : years < 16 ? 4 : 5;
	}

	/** The index of the DfE's ethnicity group of the code, in {@link Breakdown#ETHNICITY}'s order. */
	static int ethnicityGroup(String code) {
		if (code.equals("REFU") || code.equals("NOBT")) {
			return 5;
		}
		return switch (code.charAt(0)) {
			case 'W' -> 0;
			case 'M' -> 1;
			case 'A' -> 2;
			case 'B' -> 3;
			default -> 4;
		};
	}

	MeasureFigures figures() {
		MeasureFigures figures = MeasureFigures.empty(reference);
		for (Measure measure : Measure.values()) {
			long[] row = counts[measure.ordinal()];
			figures.totals().put(measure, row[0]);
			put(figures, measure, Breakdown.AGE_BAND, row, AGE);
			put(figures, measure, Breakdown.SEX, row, SEX);
			put(figures, measure, Breakdown.ETHNICITY, row, ETHNICITY);
			put(figures, measure, Breakdown.DISABILITY, row, DISABILITY);
		}
		return figures;
	}

	private static void put(MeasureFigures figures, Measure measure, Breakdown breakdown, long[] row, int from) {
		List<String> categories = breakdown.categories();
		for (int i = 0; i < categories.size(); i++) {
			figures.breakdowns().get(measure).get(breakdown).put(categories.get(i), row[from + i]);
		}
	}
}
