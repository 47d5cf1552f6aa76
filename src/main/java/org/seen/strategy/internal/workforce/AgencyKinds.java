package org.seen.strategy.internal.workforce;

import java.util.Map;

/**
 * How the figures name an agency kind (the agencies module keeps its own list internal). Anonymous
 * answers and feedback are kept with the kind only, so this is as far as they are broken down.
 */
public final class AgencyKinds {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("SCHOOL", "School"),
			Map.entry("EARLY_YEARS", "Early years"), Map.entry("HEALTH_VISITING", "Health visiting"),
			Map.entry("SCHOOL_NURSING", "School nursing"), Map.entry("MIDWIFERY", "Midwifery"),
			Map.entry("GP_PRACTICE", "GP practice"), Map.entry("HOSPITAL", "Hospital"), Map.entry("POLICE", "Police"),
			Map.entry("HOUSING", "Housing"), Map.entry("ADULT_MENTAL_HEALTH", "Adult mental health"),
			Map.entry("SUBSTANCE_MISUSE", "Substance misuse"),
			Map.entry("CHILDRENS_SOCIAL_CARE", "Children's social care"), Map.entry("EARLY_HELP", "Early help"),
			Map.entry("VOLUNTARY", "Voluntary sector"), Map.entry("PARTNERSHIP", "Safeguarding partnership"),
			Map.entry("OTHER", "Other"), Map.entry("UNKNOWN", "Not known"));

	private AgencyKinds() {
	}

	public static String label(String kind) {
		return LABELS.getOrDefault(kind, kind);
	}
}
