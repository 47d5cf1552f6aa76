package org.seen.access;

/** What a signed-in person does in the partnership; decides which screens and records they reach. */
public enum Role {
	PRACTITIONER("Practitioner"),
	DSL("Designated safeguarding lead"),
	MANAGER("Manager"),
	FRONT_DOOR("Front door"),
	SOCIAL_WORKER("Social worker"),
	ANALYST("Partnership analyst"),
	AUDITOR("Auditor"),
	ADMINISTRATOR("Administrator"),
	AGENCY_SYSTEM("Agency system");

	/** Roles that work with children's records. */
	public static final String[] CASEWORK = { "PRACTITIONER", "DSL", "MANAGER", "FRONT_DOOR", "SOCIAL_WORKER" };

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Sees every child their agency works with, not only those they or their team are involved with. */
	public boolean seesWholeAgency() {
		return this == DSL || this == MANAGER || this == FRONT_DOOR || this == SOCIAL_WORKER || this == AGENCY_SYSTEM;
	}

	public boolean isCasework() {
		return this == PRACTITIONER || seesWholeAgency() && this != AGENCY_SYSTEM;
	}
}
