package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo partnership's workforce and feedback: three invented neglect courses with sessions across
 * 2025-26 and 2026-27, attendees from Northbrook's agencies (invented names) with confidence before
 * and after, one open practitioner survey with a few anonymous answers, and printed-form and
 * practitioner feedback over the last four quarters. A fixed seed keeps the figures the same at
 * every first start.
 */
class DemoWorkforce {

	private static final String[] GIVEN = { "Aled", "Bronwen", "Cara", "Dara", "Elspeth", "Femi", "Gethin", "Hollis",
			"Ines", "Jory", "Kesia", "Lorcan", "Maren", "Nyle", "Orla", "Pascoe", "Quilla", "Rhodri", "Senna",
			"Tamsin", "Ulric", "Verity", "Wren", "Yestin", "Zofia" };

	private static final String[] FAMILY = { "Ashdown", "Brackley", "Carrow", "Dunstall", "Elcombe", "Fennick",
			"Garside", "Holloway", "Ingleby", "Jessop", "Kersey", "Lathbury", "Mawson", "Nettleford", "Orrell",
			"Pengelly", "Quarles", "Rowsell", "Stannard", "Treloar" };

	private static final String[] AGENCIES = { "SCH1", "SCH2", "HV", "GP", "HOSP", "POL", "HOUS", "AMH", "CSC",
			"VOL" };

	private static final String[] HELPING = { "Someone listened and came back when they said they would",
			"Help with getting to appointments", "The breakfast club place", "Having one person to call",
			"Being told what happens next" };

	private static final String[] BETTER = { "Shorter waits for a call back", "Fewer people asking the same questions",
			"Letters in plain English", "Meetings after school hours" };

	private static final String[] PRACTITIONER_HELPED = { "A clear decision with reasons",
			"Reflective supervision that looked at the whole family", "Practical examples in the session",
			"Agencies agreeing who does what" };

	private static final String[] PRACTITIONER_BETTER = { "Quicker feedback on referrals",
			"More notice of meeting dates", "Guidance on recording the child's voice" };

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final Clock clock;

	private final Random random = new Random(2025);

	DemoWorkforce(JdbcClient jdbc, Northbrook northbrook, Clock clock) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.clock = clock;
	}

	void write() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		training(today);
		survey(today);
		feedback(today);
	}

	private void training(LocalDate today) {
		UUID recognising = course("Neglect: recognising and responding",
				"What neglect looks like at each age, cumulative harm, and what to do when you are worried.",
				"MULTI_AGENCY", "FACE_TO_FACE", "Recognising neglect, cumulative harm, the child's lived experience");
		UUID graded = course("Using the graded neglect assessment",
				"Completing the graded assessment with a family, scoring each area and planning from it.",
				"MULTI_AGENCY", "FACE_TO_FACE", "Graded assessment, strengths and needs, planning");
		UUID differences = course("Resolving professional differences",
				"When you disagree with another agency's decision: the escalation stages and how to raise a concern.",
				"MULTI_AGENCY", "E_LEARNING", "Escalation, professional challenge");
		List<Object[]> sessions = List.of(new Object[] { recognising, LocalDate.of(2025, 5, 14), "Town Hall, Room 2" },
				new Object[] { graded, LocalDate.of(2025, 6, 18), "Northbrook Family Hub" },
				new Object[] { recognising, LocalDate.of(2025, 9, 24), "Town Hall, Room 2" },
				new Object[] { differences, LocalDate.of(2025, 10, 8), null },
				new Object[] { graded, LocalDate.of(2025, 11, 12), "Northbrook Family Hub" },
				new Object[] { recognising, LocalDate.of(2026, 1, 21), "Millbank Community Centre" },
				new Object[] { graded, LocalDate.of(2026, 2, 25), "Northbrook Family Hub" },
				new Object[] { differences, LocalDate.of(2026, 3, 11), null },
				new Object[] { recognising, LocalDate.of(2026, 5, 13), "Town Hall, Room 2" },
				new Object[] { graded, LocalDate.of(2026, 6, 17), "Northbrook Family Hub" },
				new Object[] { differences, LocalDate.of(2026, 7, 8), null },
				new Object[] { recognising, LocalDate.of(2026, 9, 23), "Millbank Community Centre" },
				new Object[] { graded, LocalDate.of(2026, 10, 14), "Northbrook Family Hub" },
				new Object[] { recognising, LocalDate.of(2027, 1, 20), "Town Hall, Room 2" });
		String[] trainers = { "Northbrook Safeguarding Children Partnership trainer", "Designated nurse for safeguarding",
				"Early help practice lead" };
		for (Object[] s : sessions) {
			LocalDate on = (LocalDate) s[1];
			if (on.isAfter(today.plusMonths(3))) {
				continue;
			}
			UUID session = UUID.randomUUID();
			boolean online = s[2] == null;
			int places = online ? 40 : 20;
			jdbc.sql("""
					insert into training_session (id, course_id, held_on, trainer, venue, online, places, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(session, s[0], on, trainers[random.nextInt(trainers.length)], s[2], online, places,
						Timestamp.from(clock.instant()))
				.update();
			if (!on.isAfter(today)) {
				attendees(session, on, 10 + random.nextInt(8));
			}
		}
	}

	private void attendees(UUID session, LocalDate on, int count) {
		List<String> used = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name;
			do {
				name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
			}
			while (used.contains(name));
			used.add(name);
			String agency = AGENCIES[random.nextInt(AGENCIES.length)];
			boolean attended = random.nextInt(10) > 0;
			Integer before = attended && random.nextInt(6) > 0 ? 3 + random.nextInt(4) : null;
			Integer after = before != null && random.nextInt(8) > 0 ? Math.min(10, before + 1 + random.nextInt(4)) : null;
			jdbc.sql("""
					insert into training_attendance (id, session_id, attendee_name, agency_id, attended,
					  confidence_before, confidence_after, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), session, name, northbrook.agency(agency), attended, before, after,
						Timestamp.from(clock.instant()))
				.update();
		}
	}

	private UUID course(String title, String description, String reach, String delivery, String topics) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_course (id, title, description, reach, delivery, topics, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, title, description, reach, delivery, topics, Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	private void survey(LocalDate today) {
		UUID survey = UUID.randomUUID();
		jdbc.sql("insert into survey (id, title, opens_on, closes_on, created_at) values (?, ?, ?, ?, ?)")
			.params(survey, "Practitioner confidence survey " + today.getYear(), today.minusDays(14),
					today.plusDays(30), Timestamp.from(clock.instant()))
			.update();
		String[] questions = { "How confident are you in recognising neglect?",
				"How confident are you in using the graded neglect assessment?",
				"How confident are you in knowing when to escalate a concern about neglect?" };
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < questions.length; i++) {
			UUID q = UUID.randomUUID();
			ids.add(q);
			jdbc.sql("insert into survey_question (id, survey_id, position, text, scale) values (?, ?, ?, ?, 'ONE_TO_TEN')")
				.params(q, survey, i + 1, questions[i])
				.update();
		}
		// five demo accounts have answered; the teacher and the health visitor are left to try it
		String[][] respondents = { { "manager", "CHILDRENS_SOCIAL_CARE" }, { "front.door", "CHILDRENS_SOCIAL_CARE" },
				{ "social.worker", "CHILDRENS_SOCIAL_CARE" }, { "school.dsl", "SCHOOL" },
				{ "police.officer", "POLICE" } };
		for (String[] respondent : respondents) {
			jdbc.sql("""
					insert into survey_respondent (survey_id, account_id)
					select ?, id from account where username = ?""")
				.params(survey, respondent[0])
				.update();
		}
		// the responses are written in another order, as the anonymity rule expects nothing to line up
		for (int r = respondents.length - 1; r >= 0; r--) {
			UUID response = UUID.randomUUID();
			jdbc.sql("insert into survey_response (id, survey_id, agency_kind) values (?, ?, ?)")
				.params(response, survey, respondents[r][1])
				.update();
			for (UUID q : ids) {
				jdbc.sql("insert into survey_answer (response_id, question_id, value) values (?, ?, ?)")
					.params(response, q, 4 + random.nextInt(6))
					.update();
			}
		}
	}

	private void feedback(LocalDate today) {
		for (int day = 3; day < 365; day += 9) {
			LocalDate on = today.minusDays(day);
			int helpfulness = random.nextInt(10) < 7 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
			jdbc.sql("""
					insert into printed_feedback (id, given_on, agency_id, helpfulness, helping, could_be_better)
					values (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), on, northbrook.agency(AGENCIES[random.nextInt(AGENCIES.length)]), helpfulness,
						HELPING[random.nextInt(HELPING.length)],
						random.nextBoolean() ? BETTER[random.nextInt(BETTER.length)] : null)
				.update();
		}
		String[] services = { "FRONT_DOOR", "MULTI_AGENCY_MEETING", "SUPERVISION", "TRAINING", "TOOLKIT" };
		String[] kinds = { "SCHOOL", "HEALTH_VISITING", "POLICE", "CHILDRENS_SOCIAL_CARE", "VOLUNTARY", "HOUSING" };
		for (int day = 5; day < 365; day += 7) {
			int rating = random.nextInt(10) < 6 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
			jdbc.sql("""
					insert into practitioner_feedback (id, given_on, service, rating, helped, could_be_better, agency_kind)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), today.minusDays(day), services[random.nextInt(services.length)], rating,
						PRACTITIONER_HELPED[random.nextInt(PRACTITIONER_HELPED.length)],
						random.nextBoolean() ? PRACTITIONER_BETTER[random.nextInt(PRACTITIONER_BETTER.length)] : null,
						kinds[random.nextInt(kinds.length)])
				.update();
		}
	}
}
