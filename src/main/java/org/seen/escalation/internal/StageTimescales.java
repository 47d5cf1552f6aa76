package org.seen.escalation.internal;

import java.time.LocalDate;
import java.util.Arrays;

import org.seen.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long each stage has, in working days ({@code seen.escalation.stage-days}, one number per
 * stage), counted on the partnership's calendar so that weekends and bank holidays do not eat
 * into a stage. A stage started on a day ends that many working days later; the deadline day is
 * still in time, the day after it is overdue.
 */
@Component
class StageTimescales {

	private final int[] days;

	private final WorkingDays calendar;

	StageTimescales(@Value("${seen.escalation.stage-days:5,5,10,10}") int[] days, WorkingDays calendar) {
		if (days.length != Stage.LAST || Arrays.stream(days).anyMatch(d -> d < 1 || d > 60)) {
			throw new IllegalStateException(
					"seen.escalation.stage-days needs " + Stage.LAST + " numbers of working days from 1 to 60, such as 5,5,10,10");
		}
		this.days = days.clone();
		this.calendar = calendar;
	}

	int days(int stage) {
		return days[stage - 1];
	}

	LocalDate dueOn(int stage, LocalDate startedOn) {
		return calendar.plusWorkingDays(startedOn, days(stage));
	}

	LocalDate today() {
		return calendar.today();
	}

	static boolean overdue(LocalDate dueOn, LocalDate today) {
		return today.isAfter(dueOn);
	}
}
