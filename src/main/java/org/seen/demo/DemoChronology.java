package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes each demo child's multi-agency chronology: ordinary contacts and strengths for most,
 * and for some the small events that add up (missed health appointments, injuries, poor
 * attendance, a run of concerns from several agencies) so that Northbrook's alerts fire.
 */
class DemoChronology {

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final LocalDate today;

	private final Timestamp now;

	private int serial;

	DemoChronology(JdbcClient jdbc, Northbrook northbrook, Clock clock) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.today = LocalDate.now(clock);
		this.now = Timestamp.from(Instant.now(clock));
	}

	void write(DemoFamilies.DemoChild child) {
		int h = child.household();
		boolean born = child.born() != null;
		boolean baby = born && child.born().isAfter(today.minusYears(1));
		boolean schoolAge = born && child.born().isBefore(today.minusYears(4));
		boolean primary = schoolAge && child.born().isAfter(today.minusYears(11));
		String school = primary ? "SCH1" : "SCH2";
		String schoolStaff = primary ? (h % 2 == 0 ? "teacher" : "school.dsl") : (h % 2 == 0 ? "sch2.tutor" : "sch2.dsl");

		event(child, "GP", "gp", 200, "STRENGTH", "Registered with the practice; immunisations up to date", "LOW");
		if (!born) {
			event(child, "HV", "health.visitor", 20, "HOME_VISIT", "Antenatal contact with mother at home", "LOW");
		}
		if (born && !schoolAge) {
			event(child, "HV", "health.visitor", 60, "HOME_VISIT", "Development review at home", "LOW");
			// most young children have been seen recently; some have not been seen for weeks
			if (h % 5 != 3) {
				event(child, "HV", "health.visitor", 12 + h % 10, "CHILD_SEEN", "Seen at baby clinic, weight on centile", "LOW");
			}
		}
		if (schoolAge) {
			event(child, school, schoolStaff, 3 + h % 6, "CHILD_SEEN", "Seen in class", "LOW");
			boolean poor = h % 4 == 2;
			event(child, school, schoolStaff, 30, "SCHOOL_ATTENDANCE",
					poor ? "Autumn term attendance below expected" : "Autumn term attendance", poor ? "MEDIUM" : "LOW",
					poor ? 84.5 + h % 4 : 95.0 + h % 5);
			if (h % 3 == 0) {
				event(child, school, schoolStaff, 40, "STRENGTH", "Enjoys reading club and attends every week", "LOW");
			}
		}
		if (baby && h % 2 == 0) {
			// "was not brought", not "did not attend": the baby depends on an adult to be taken
			event(child, "GP", "gp", 100, "WAS_NOT_BROUGHT", "Not brought to 8-week check", "MEDIUM");
			event(child, "HOSP", "ed.nurse", 45, "WAS_NOT_BROUGHT", "Not brought to paediatric outpatient appointment",
					"MEDIUM");
		}
		if (born && h % 6 == 1) {
			event(child, "HOSP", "ed.nurse", 70, "AE_ATTENDANCE", "Attended A&E with a burn to the hand", "HIGH");
			event(child, "SCH1".equals(school) && schoolAge ? school : "HV", schoolAge ? schoolStaff : "health.visitor", 25,
					"INJURY", "Bruising to the upper arm noticed; explanation inconsistent", "HIGH");
		}
		if (h % 4 == 1) {
			event(child, "POL", "police.officer", 50, "DOMESTIC_ABUSE_NOTIFICATION",
					"Police called to the home after an argument between the adults; child present", "HIGH");
		}
		if (h % 7 == 0) {
			// concerns from several agencies within weeks of each other
			event(child, "HV", "health.visitor", 80, "CONCERN", "Home cold and no food in the fridge at visit", "MEDIUM");
			event(child, schoolAge ? school : "HV", schoolAge ? schoolStaff : "hv2", 62, "CONCERN",
					"Child arrived hungry and in the same clothes all week", "MEDIUM");
			event(child, "HOUS", "housing", 47, "CONCERN", "Rent arrears; damp and mould reported in the bedroom", "MEDIUM");
			event(child, "VOL", "family.worker", 30, "CONCERN", "Mother says she is struggling to cope", "MEDIUM");
			event(child, "GP", "gp", 9, "CONCERN", "Head lice and untreated nappy rash", "MEDIUM");
		}
		if (h % 10 == 5) {
			event(child, "CSC", "social.worker", 300, "CHANGE_OF_WORKER", "Allocated to a new social worker", "LOW");
			event(child, "CSC", "social.worker", 200, "CHANGE_OF_WORKER", "Allocated to a new social worker", "LOW");
			event(child, "CSC", "social.worker", 90, "CHANGE_OF_WORKER", "Allocated to a new social worker", "LOW");
		}
		if (h % 5 == 2) {
			event(child, "HOUS", "housing", 110, "HOUSING", "Family moved to temporary accommodation", "MEDIUM");
		}
		if (h % 8 == 4) {
			event(child, "AMH", "amh", 75, "ADULT_SERVICE_CONTACT", "Mother discharged from the mental health service", "MEDIUM");
		}
	}

	private void event(DemoFamilies.DemoChild child, String agency, String practitioner, int daysAgo, String type,
			String summary, String significance) {
		event(child, agency, practitioner, daysAgo, type, summary, significance, null);
	}

	private void event(DemoFamilies.DemoChild child, String agency, String practitioner, int daysAgo, String type,
			String summary, String significance, Double attendance) {
		if (type == null) {
			return;
		}
		UUID id = Northbrook.id("event", child.id() + ":" + serial++);
		LocalDate on = today.minusDays(daysAgo);
		String author = jdbc.sql("select given_name || ' ' || family_name || ', ' || job_title from practitioner where id = ?")
			.param(northbrook.practitioner(practitioner))
			.query(String.class)
			.single();
		jdbc.sql("""
				insert into chronology_event (id, child_id, agency_id, author_name, occurred_on, type, summary, significance,
				  attendance_percent, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, child.id(), northbrook.agency(agency), author, on, type, summary, significance, attendance, now)
			.update();
		jdbc.sql("""
				insert into chronology_event_version (event_id, version, occurred_on, type, summary, significance,
				  attendance_percent, changed_at, changed_by)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, on, type, summary, significance, attendance, now, author)
			.update();
	}
}
