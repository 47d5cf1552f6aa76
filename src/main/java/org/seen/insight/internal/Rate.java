package org.seen.insight.internal;

import java.time.LocalDate;

/**
 * The shares Seen gives beside the counts, each with the national figure it compares with
 * (DfE, "Characteristics of children in need"), its date and its source.
 */
public enum Rate {

	CPP_OPEN_NEGLECT_SHARE("cpp_open_neglect_share", "Children on a plan with neglect as the initial category",
			Measure.CPP_OPEN_NEGLECT, Measure.CPP_OPEN, "50.5", "26,010 of 51,510 children on plans",
			"at 31 March 2020", LocalDate.of(2020, 3, 31)),
	RE_REFERRAL_RATE("re_referral_rate", "Referrals that were re-referrals within 12 months", Measure.RE_REFERRALS,
			Measure.REFERRALS, "22", "139,080 of 621,880 referrals", "in 2023-24", LocalDate.of(2024, 3, 31)),
	CPP_ENDED_2_YEARS_OR_MORE_SHARE("cpp_ended_2_years_or_more_share", "Plans ended that lasted 2 years or more",
			Measure.CPP_ENDED_2_YEARS_OR_MORE, Measure.CPP_ENDED, "4.4", "2,710 of 62,300 plans ending",
			"in 2024-25", LocalDate.of(2025, 3, 31));

	static final String SOURCE = "Department for Education, Characteristics of children in need";

	private final String key;

	private final String label;

	private final Measure numerator;

	private final Measure denominator;

	private final String national;

	private final String nationalCounts;

	private final String nationalWhen;

	private final LocalDate nationalDate;

	Rate(String key, String label, Measure numerator, Measure denominator, String national, String nationalCounts,
			String nationalWhen, LocalDate nationalDate) {
		this.key = key;
		this.label = label;
		this.numerator = numerator;
		this.denominator = denominator;
		this.national = national;
		this.nationalCounts = nationalCounts;
		this.nationalWhen = nationalWhen;
		this.nationalDate = nationalDate;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public Measure numerator() {
		return numerator;
	}

	public Measure denominator() {
		return denominator;
	}

	/** The national percentage. */
	public String national() {
		return national;
	}

	public String nationalCounts() {
		return nationalCounts;
	}

	public String nationalWhen() {
		return nationalWhen;
	}

	public LocalDate nationalDate() {
		return nationalDate;
	}

	public String source() {
		return SOURCE;
	}

	Object of(MeasureFigures figures, Suppression suppression) {
		return suppression.rate(figures.total(numerator), figures.total(denominator));
	}
}
