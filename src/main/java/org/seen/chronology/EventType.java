package org.seen.chronology;

/** What kind of thing happened. The names are part of the API and the import format. */
public enum EventType {
	CONCERN("Concern"),
	STRENGTH("Strength"),
	HOME_VISIT("Home visit"),
	CHILD_SEEN("Child seen"),
	CHILD_NOT_SEEN("Child not seen"),
	WAS_NOT_BROUGHT("Was not brought to an appointment"),
	INJURY("Injury"),
	AE_ATTENDANCE("A&E attendance"),
	SCHOOL_ATTENDANCE("School attendance for a term"),
	MISSING_EDUCATION("Child missing education"),
	EXCLUSION("Exclusion from school"),
	MISSING_EPISODE("Missing episode"),
	POLICE_INCIDENT("Police incident"),
	DOMESTIC_ABUSE_NOTIFICATION("Domestic abuse notification"),
	HOUSING("Housing"),
	ADULT_SERVICE_CONTACT("Adult service contact"),
	CHANGE_OF_WORKER("Change of worker");

	private final String label;

	EventType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
