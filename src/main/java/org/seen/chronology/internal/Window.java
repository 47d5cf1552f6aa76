package org.seen.chronology.internal;

import java.time.LocalDate;
import java.time.Period;

/**
 * A look-back window ending today, both ends inclusive: with six months, an event exactly six
 * calendar months ago still counts, one a day earlier does not.
 */
record Window(Period length) {

	boolean contains(LocalDate date, LocalDate today) {
		return !date.isAfter(today) && !date.isBefore(today.minus(length));
	}

	/** In words for an alert's reason, such as "6 months" or "90 days". */
	String describe() {
		if (length.getYears() == 0 && length.getMonths() == 0) {
			return length.getDays() + " days";
		}
		long months = length.toTotalMonths();
		return length.getDays() == 0 ? months + " months" : length.toString();
	}
}
