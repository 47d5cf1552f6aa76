package org.seen.chronology;

/** The cumulative patterns Seen watches for. The names are part of the API. */
public enum AlertCode {
	WAS_NOT_BROUGHT_REPEATED("Repeatedly not brought to appointments"),
	INJURIES_REPEATED("Repeated injuries or A&E attendances"),
	SCHOOL_ABSENCE("Poor school attendance or missing education"),
	NOT_SEEN("Child not seen"),
	MANY_WORKERS("Many changes of worker"),
	CONCERNS_ACCUMULATING("Concerns accumulating from several agencies"),
	NO_CHILD_VOICE("No child's voice recorded");

	private final String label;

	AlertCode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
