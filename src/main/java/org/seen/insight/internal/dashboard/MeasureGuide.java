package org.seen.insight.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seen.insight.internal.Measure;
import org.seen.insight.internal.Rate;

/**
 * What the dashboard says about a measure: the section it sits in, its definition in plain words,
 * the measure it is a share of (when a share means something), and the national figure it is
 * compared with (for the three the DfE publishes). The definitions follow docs/cin-census.md.
 */
record MeasureGuide(Measure measure, String section, String definition, Measure shareOf) {

	static final String REFERRALS = "Referrals";

	static final String ASSESSMENTS = "Assessments";

	static final String CIN_PLANS = "Child in need plans";

	static final String OPEN_PLANS = "Children on child protection plans";

	static final String STARTED_PLANS = "Child protection plans started";

	static final String ENDED_PLANS = "Child protection plans ended";

	static final String EARLY_HELP = "Closed to early help";

	/** Every measure, in the order of {@link Measure}. */
	static final List<MeasureGuide> ALL = List.of(
			guide(Measure.REFERRALS, REFERRALS,
					"Referrals to children's social care received in the year. A child referred twice is counted twice.",
					null),
			guide(Measure.REFERRALS_NFA, REFERRALS, "Referrals in the year on which no further action was taken.",
					Measure.REFERRALS),
			guide(Measure.RE_REFERRALS, REFERRALS,
					"Referrals in the year of a child who had been referred before, no more than 12 months earlier.",
					Measure.REFERRALS),
			guide(Measure.REFERRALS_NEGLECT, REFERRALS,
					"Referrals in the year where an assessment in the episode recorded neglect (factor 16A).",
					Measure.REFERRALS),
			guide(Measure.RE_REFERRALS_NEGLECT, REFERRALS,
					"Re-referrals in the year where an assessment in the episode recorded neglect.", Measure.RE_REFERRALS),
			guide(Measure.ASSESSMENTS, ASSESSMENTS, "Children and family assessments authorised in the year.", null),
			guide(Measure.ASSESSMENTS_NEGLECT, ASSESSMENTS,
					"Assessments authorised in the year that recorded neglect (factor 16A).", Measure.ASSESSMENTS),
			guide(Measure.CIN_PLANS_NEGLECT_OVER_6_MONTHS, CIN_PLANS,
					"Children on a child in need plan at the reference date that had lasted 6 months or more, "
							+ "in an episode where an assessment recorded neglect.",
					null),
			guide(Measure.CPP_OPEN, OPEN_PLANS, "Children with a child protection plan open on the reference date: started on or before it and not "
							+ "ended by it. A child on two plans is counted once.", null),
			guide(Measure.CPP_OPEN_NEGLECT, OPEN_PLANS,
					"Children on a plan at the reference date whose plan began with neglect as the category of abuse.",
					Measure.CPP_OPEN),
			guide(Measure.CPP_OPEN_NEGLECT_LATEST, OPEN_PLANS,
					"Children on a plan at the reference date whose latest category of abuse is neglect.",
					Measure.CPP_OPEN),
			guide(Measure.CPP_OPEN_12_MONTHS_NEGLECT, OPEN_PLANS,
					"Children on a plan at the reference date that had lasted 12 months or more, with neglect as the "
							+ "latest category.",
					Measure.CPP_OPEN_NEGLECT_LATEST),
			guide(Measure.CPP_STARTED, STARTED_PLANS, "Child protection plans that started in the year.", null),
			guide(Measure.CPP_STARTED_NEGLECT, STARTED_PLANS,
					"Plans started in the year with neglect as the initial category of abuse.", Measure.CPP_STARTED),
			guide(Measure.CPP_STARTED_SUBSEQUENT, STARTED_PLANS,
					"Plans started in the year for a child who had been on a plan before.", Measure.CPP_STARTED),
			guide(Measure.CPP_STARTED_SUBSEQUENT_NEGLECT, STARTED_PLANS,
					"Second or later plans started in the year with neglect as the initial category.",
					Measure.CPP_STARTED_SUBSEQUENT),
			guide(Measure.CPP_ENDED, ENDED_PLANS, "Child protection plans that ended in the year.", null),
			guide(Measure.CPP_ENDED_2_YEARS_OR_MORE, ENDED_PLANS,
					"Plans ended in the year that had lasted 2 years or more.", Measure.CPP_ENDED),
			guide(Measure.CPP_ENDED_2_YEARS_OR_MORE_NEGLECT, ENDED_PLANS,
					"Plans ended in the year that had lasted 2 years or more and began with neglect as the category.",
					Measure.CPP_ENDED_2_YEARS_OR_MORE),
			guide(Measure.CLOSED_TO_EARLY_HELP, EARLY_HELP,
					"Episodes closed in the year after assessment and referred to early help (reason for closure RC9).",
					null),
			guide(Measure.CLOSED_TO_EARLY_HELP_NEGLECT, EARLY_HELP,
					"Episodes closed to early help in the year where an assessment recorded neglect.",
					Measure.CLOSED_TO_EARLY_HELP));

	private static MeasureGuide guide(Measure measure, String section, String definition, Measure shareOf) {
		return new MeasureGuide(measure, section, definition, shareOf);
	}

	/** The national figure this measure's share is compared with, or null. */
	Rate comparator() {
		for (Rate rate : Rate.values()) {
			if (rate.numerator() == measure && rate.denominator() == shareOf) {
				return rate;
			}
		}
		return null;
	}

	/** The measures grouped by section, in order. */
	static Map<String, List<MeasureGuide>> bySection() {
		Map<String, List<MeasureGuide>> sections = new LinkedHashMap<>();
		for (MeasureGuide guide : ALL) {
			sections.computeIfAbsent(guide.section(), s -> new ArrayList<>()).add(guide);
		}
		return sections;
	}
}
