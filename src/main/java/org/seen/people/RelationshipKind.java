package org.seen.people;

/** How an adult is related to a child. Fathers and male carers are named so they are not missed. */
public enum RelationshipKind {
	MOTHER("Mother"), FATHER("Father"), STEP_PARENT("Step-parent"), MALE_CARER("Male carer or partner"),
	FEMALE_CARER("Female carer or partner"), GRANDPARENT("Grandparent"), OTHER_RELATIVE("Other relative"),
	FOSTER_CARER("Foster carer"), OTHER_HOUSEHOLD_MEMBER("Other household member");

	private final String label;

	RelationshipKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
