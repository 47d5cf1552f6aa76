package org.seen.agencies.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of agency, as the agency table's check constraint lists them (V3 migration). */
enum AgencyKind {
	SCHOOL("School"),
	EARLY_YEARS("Early years"),
	HEALTH_VISITING("Health visiting"),
	SCHOOL_NURSING("School nursing"),
	MIDWIFERY("Midwifery"),
	GP_PRACTICE("GP practice"),
	HOSPITAL("Hospital"),
	POLICE("Police"),
	HOUSING("Housing"),
	ADULT_MENTAL_HEALTH("Adult mental health"),
	SUBSTANCE_MISUSE("Substance misuse"),
	CHILDRENS_SOCIAL_CARE("Children's social care"),
	EARLY_HELP("Early help"),
	VOLUNTARY("Voluntary sector"),
	PARTNERSHIP("Safeguarding partnership"),
	OTHER("Other");

	private final String label;

	AgencyKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name();
	}

	static Optional<AgencyKind> parse(String value) {
		return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
	}

	static String labelOf(String value) {
		return parse(value).map(AgencyKind::label).orElse(value);
	}
}
