package org.seen.insight.internal.live;

import java.util.List;

/**
 * A measure whose records come with a later part of Seen (plans, step-downs, escalations). It is
 * listed as "Not yet recorded in Seen", never as zero. When the records exist, a measure class
 * replaces it in {@link LiveMeasures}.
 */
record NotYetRecorded(String key, String label, String description) implements LiveMeasure {

	static final String STATUS = "Not yet recorded in Seen";

	@Override
	public List<Series> series() {
		return List.of();
	}

	@Override
	public boolean recorded() {
		return false;
	}

	@Override
	public Facts facts() {
		throw new IllegalStateException(key + " is not recorded in Seen yet");
	}
}
