package org.seen.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The partnership's working calendar: Monday to Friday, {@link #OPENS} to {@link #CLOSES} in
 * England, less bank holidays. Timescales in working days (an escalation's stages) and waiting
 * time in working hours (the front door's queue) are counted here and nowhere else.
 */
@Service
public class WorkingDays {

	public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	public static final LocalTime OPENS = LocalTime.of(9, 0);

	public static final LocalTime CLOSES = LocalTime.of(17, 0);

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final Map<LocalDate, String> bankHolidays;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	WorkingDays(@Value("${seen.calendar.bank-holidays:classpath:calendar/bank-holidays-england-and-wales.csv}") Resource file,
			Clock clock) {
		this(read(file), clock);
	}

	/** A calendar with the given bank holidays, for tests and tools. */
	public WorkingDays(Map<LocalDate, String> bankHolidays, Clock clock) {
		this.bankHolidays = Collections.unmodifiableMap(new TreeMap<>(bankHolidays));
		this.clock = clock;
		if (!this.bankHolidays.isEmpty()) {
			LocalDate last = ((TreeMap<LocalDate, String>) new TreeMap<>(bankHolidays)).lastKey();
			if (last.getYear() <= today().getYear()) {
				log.warn("The bank holiday file ends in {}: add next year's bank holidays", last.getYear());
			}
		}
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ENGLAND));
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays.containsKey(day);
	}

	/** The bank holiday's name, or null when the day is not one. */
	public String bankHoliday(LocalDate day) {
		return bankHolidays.get(day);
	}

	/**
	 * The working day {@code days} working days after {@code from} (the day itself does not count):
	 * a timescale of 5 working days set on a Friday ends on the next Friday.
	 */
	public LocalDate plusWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Working time between two instants: the part of each working day's opening hours that falls
	 * between them. A referral made on Friday at 4pm and read on Monday at 10am has waited 2 hours.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		ZonedDateTime start = from.atZone(ENGLAND);
		ZonedDateTime end = to.atZone(ENGLAND);
		Duration total = Duration.ZERO;
		for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			ZonedDateTime opens = day.atTime(OPENS).atZone(ENGLAND);
			ZonedDateTime closes = day.atTime(CLOSES).atZone(ENGLAND);
			ZonedDateTime a = start.isAfter(opens) ? start : opens;
			ZonedDateTime b = end.isBefore(closes) ? end : closes;
			if (b.isAfter(a)) {
				total = total.plus(Duration.between(a, b));
			}
		}
		return total;
	}

	/** Working time from {@code since} to now. */
	public Duration workingTimeSince(Instant since) {
		return workingTimeBetween(since, Instant.now(clock));
	}

	static Map<LocalDate, String> read(Resource file) {
		Map<LocalDate, String> days = new TreeMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#") || text.equals("date,name")) {
					continue;
				}
				int comma = text.indexOf(',');
				try {
					LocalDate day = LocalDate.parse(comma < 0 ? text : text.substring(0, comma));
					days.put(day, comma < 0 ? "Bank holiday" : text.substring(comma + 1).strip());
				}
				catch (DateTimeParseException ex) {
					throw new IllegalStateException(
							"Bank holiday file " + file.getDescription() + " line " + number + ": not a date (yyyy-mm-dd)");
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the bank holiday file " + file.getDescription(), ex);
		}
		return days;
	}
}
