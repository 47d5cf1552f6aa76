package org.seen.insight.internal;

/**
 * The neglect measures from one census return, exactly as docs/cin-census.md (and the domain
 * notes) define them. The key is the name used in the API and the CSV.
 */
public enum Measure {

	REFERRALS("referrals", "Referrals in the year"),
	REFERRALS_NFA("referrals_nfa", "Referrals in the year with no further action"),
	RE_REFERRALS("re_referrals", "Re-referrals within 12 months of an earlier referral"),
	REFERRALS_NEGLECT("referrals_neglect", "Referrals in the year that became neglect episodes"),
	RE_REFERRALS_NEGLECT("re_referrals_neglect", "Re-referrals within 12 months that became neglect episodes"),
	ASSESSMENTS("assessments", "Assessments authorised in the year"),
	ASSESSMENTS_NEGLECT("assessments_neglect", "Assessments authorised in the year recording neglect (16A)"),
	CIN_PLANS_NEGLECT_OVER_6_MONTHS("cin_plans_neglect_over_6_months",
			"Children on a child in need plan for neglect open for 6 months or more"),
	CPP_OPEN("cpp_open", "Children on a child protection plan at the reference date"),
	CPP_OPEN_NEGLECT("cpp_open_neglect", "Children on a plan with neglect as the initial category"),
	CPP_OPEN_NEGLECT_LATEST("cpp_open_neglect_latest", "Children on a plan with neglect as the latest category"),
	CPP_OPEN_12_MONTHS_NEGLECT("cpp_open_12_months_neglect",
			"Children on a plan for neglect (latest category) open for 12 months or more"),
	CPP_STARTED("cpp_started", "Child protection plans started in the year"),
	CPP_STARTED_NEGLECT("cpp_started_neglect", "Plans started in the year with neglect as the initial category"),
	CPP_STARTED_SUBSEQUENT("cpp_started_subsequent", "Plans started in the year that were second or subsequent plans"),
	CPP_STARTED_SUBSEQUENT_NEGLECT("cpp_started_subsequent_neglect",
			"Second or subsequent plans started in the year for neglect"),
	CPP_ENDED("cpp_ended", "Child protection plans ended in the year"),
	CPP_ENDED_2_YEARS_OR_MORE("cpp_ended_2_years_or_more", "Plans ended in the year that lasted 2 years or more"),
	CPP_ENDED_2_YEARS_OR_MORE_NEGLECT("cpp_ended_2_years_or_more_neglect",
			"Plans ended in the year that lasted 2 years or more, for neglect"),
	CLOSED_TO_EARLY_HELP("closed_to_early_help", "Episodes closed in the year and referred to early help (RC9)"),
	CLOSED_TO_EARLY_HELP_NEGLECT("closed_to_early_help_neglect",
			"Neglect episodes closed in the year and referred to early help");

	private final String key;

	private final String label;

	Measure(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	static Measure ofKey(String key) {
		for (Measure measure : values()) {
			if (measure.key.equals(key)) {
				return measure;
			}
		}
		throw new IllegalArgumentException("No measure " + key);
	}
}
