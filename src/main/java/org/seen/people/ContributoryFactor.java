package org.seen.people;

/** Factors in the adults' lives that contribute to neglect (DOMAIN.md, "Contributory factors"). */
public enum ContributoryFactor {
	DOMESTIC_ABUSE("Domestic abuse"),
	SUBSTANCE_MISUSE("Substance misuse (drugs or alcohol)"),
	MENTAL_ILL_HEALTH("Mental ill-health"),
	LEARNING_DISABILITY("Learning disability"),
	SELF_NEGLECT_OR_HOARDING("Self-neglect or hoarding"),
	IMPRISONMENT("In prison or recently released"),
	OWN_ADVERSE_CHILDHOOD("Own adverse childhood experiences"),
	INTERGENERATIONAL_NEGLECT("Neglect in previous generations"),
	POVERTY("Poverty or debt");

	/** The three that together are often called the "toxic trio". */
	public static final java.util.Set<ContributoryFactor> TOXIC_TRIO = java.util.EnumSet.of(DOMESTIC_ABUSE,
			SUBSTANCE_MISUSE, MENTAL_ILL_HEALTH);

	private final String label;

	ContributoryFactor(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
