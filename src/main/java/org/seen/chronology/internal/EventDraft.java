package org.seen.chronology.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.seen.chronology.EventType;

/**
 * An event as typed into a form, sent to the API or read from an import file: all text, so that
 * every mistake can be named against its field rather than failing to bind. The same checks
 * serve all three edges.
 */
record EventDraft(String date, String time, String type, String summary, String detail, String significance,
		String peopleInvolved, String attendancePercent, String agencyReference) {

	static final int SUMMARY_MAX = 200;

	static final int DETAIL_MAX = 5000;

	static final int PEOPLE_MAX = 500;

	static final int REFERENCE_MAX = 100;

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final String TYPES = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", "));

	/** The checked event, or the problems that stop it being recorded. */
	record Checked(NewEvent event, List<FieldProblem> problems) {

		boolean valid() {
			return problems.isEmpty();
		}
	}

	Checked check(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate parsedDate = parseDate(problems, today);
		LocalTime parsedTime = null;
		if (present(time)) {
			try {
				parsedTime = LocalTime.parse(time.trim(), TIME);
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("time", "Time must be on the 24-hour clock, for example 14:30"));
			}
		}
		EventType parsedType = null;
		if (!present(type)) {
			problems.add(new FieldProblem("type", "Select the type of event"));
		}
		else {
			try {
				parsedType = EventType.valueOf(type.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("type", "Type must be one of " + TYPES));
			}
		}
		if (!present(summary)) {
			problems.add(new FieldProblem("summary", "Enter a summary of the event"));
		}
		else if (summary.trim().length() > SUMMARY_MAX) {
			problems.add(new FieldProblem("summary", "Summary must be " + SUMMARY_MAX + " characters or fewer"));
		}
		if (present(detail) && detail.trim().length() > DETAIL_MAX) {
			problems.add(new FieldProblem("detail", "Detail must be " + DETAIL_MAX + " characters or fewer"));
		}
		Significance parsedSignificance = null;
		if (!present(significance)) {
			problems.add(new FieldProblem("significance", "Select how significant the event is"));
		}
		else {
			try {
				parsedSignificance = Significance.valueOf(significance.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("significance", "Significance must be LOW, MEDIUM or HIGH"));
			}
		}
		if (present(peopleInvolved) && peopleInvolved.trim().length() > PEOPLE_MAX) {
			problems.add(new FieldProblem("peopleInvolved", "People involved must be " + PEOPLE_MAX + " characters or fewer"));
		}
		BigDecimal parsedAttendance = parseAttendance(problems, parsedType);
		if (present(agencyReference) && agencyReference.trim().length() > REFERENCE_MAX) {
			problems.add(new FieldProblem("agencyReference", "Agency reference must be " + REFERENCE_MAX + " characters or fewer"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		return new Checked(new NewEvent(parsedDate, parsedTime, parsedType, summary.trim(), trimmed(detail),
				parsedSignificance, trimmed(peopleInvolved), parsedAttendance, trimmed(agencyReference)), List.of());
	}

	private LocalDate parseDate(List<FieldProblem> problems, LocalDate today) {
		if (!present(date)) {
			problems.add(new FieldProblem("date", "Enter the date of the event"));
			return null;
		}
		LocalDate parsed;
		try {
			parsed = LocalDate.parse(date.trim(), ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("date", "Date must be a real date, for example 2025-03-27"));
			return null;
		}
		if (parsed.isAfter(today)) {
			problems.add(new FieldProblem("date", "Date must be today or in the past"));
		}
		else if (parsed.isBefore(EARLIEST)) {
			problems.add(new FieldProblem("date", "Date must be after 1 January 1900"));
		}
		return parsed;
	}

	private BigDecimal parseAttendance(List<FieldProblem> problems, EventType parsedType) {
		if (!present(attendancePercent)) {
			if (parsedType == EventType.SCHOOL_ATTENDANCE) {
				problems.add(new FieldProblem("attendancePercent", "Enter the attendance for the term as a percentage"));
			}
			return null;
		}
		if (parsedType != null && parsedType != EventType.SCHOOL_ATTENDANCE) {
			problems.add(new FieldProblem("attendancePercent", "Attendance is only recorded for a term's school attendance"));
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(attendancePercent.trim().replace("%", ""));
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("attendancePercent", "Attendance must be a number from 0 to 100, for example 87.5"));
			return null;
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String trimmed(String value) {
		return present(value) ? value.trim() : null;
	}
}
