package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thirty-odd invented Northbrook households with their children, parents and carers, and the
 * agencies involved with them. A fixed seed makes every run the same; dates are relative to
 * today so that the demo's alerts stay current.
 */
class DemoFamilies {

	static final int HOUSEHOLDS = 34;

	private static final String[] FAMILY_NAMES = { "Ashgrove", "Bellamy", "Corrigan", "Dunstable", "Elphick", "Farrant",
			"Gadsby", "Hollins", "Ingleby", "Jessop", "Kettering", "Lumb", "Mallory", "Nettleship", "Ormerod", "Pargeter",
			"Quilliam", "Rathbone", "Sowerby", "Tattersall", "Uttley", "Varley", "Wragg", "Yardley", "Aspinall",
			"Brackenbury", "Cawthorne", "Dewhirst", "Eccleston", "Fothergill", "Grimshaw", "Hepworth", "Illingworth",
			"Jagger" };

	private static final String[] GIRLS = { "Ava", "Bethany", "Chloe", "Daisy", "Esme", "Freya", "Grace", "Hollie",
			"Isla", "Jasmine", "Keira", "Lily", "Maisie", "Nia", "Olivia", "Poppy", "Ruby", "Sienna", "Tilly", "Zara" };

	private static final String[] BOYS = { "Alfie", "Bobby", "Callum", "Dylan", "Ethan", "Finley", "George", "Harvey",
			"Isaac", "Jayden", "Kai", "Leo", "Mason", "Noah", "Oscar", "Reggie", "Sonny", "Theo", "Tyler", "Zach" };

	private static final String[] WOMEN = { "Amy", "Becky", "Claire", "Donna", "Emma", "Gemma", "Hayley", "Kerry",
			"Leanne", "Michelle", "Natalie", "Sarah", "Stacey", "Vicky" };

	private static final String[] MEN = { "Adam", "Ben", "Craig", "Darren", "Gary", "Jamie", "Kieran", "Lee", "Mark",
			"Nathan", "Paul", "Ryan", "Scott", "Wayne" };

	private static final String[] STREETS = { "Canal Street", "Mill Lane", "Foundry Road", "Weavers Close",
			"Chapel Row", "Tannery Walk", "Station Terrace", "Orchard Way", "Kiln Court", "Ropewalk" };

	private static final String[] FACTORS = { "DOMESTIC_ABUSE", "SUBSTANCE_MISUSE", "MENTAL_ILL_HEALTH", "POVERTY",
			"LEARNING_DISABILITY", "OWN_ADVERSE_CHILDHOOD" };

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final Clock clock;

	private final Random random = new Random(20261124L);

	private int nhsSerial = 1000;

	private int upnSerial = 100;

	DemoFamilies(JdbcClient jdbc, Northbrook northbrook, Clock clock) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.clock = clock;
	}

	/** Loads the households and returns their children for the chronology to be written against. */
	List<DemoChild> load() {
		List<DemoChild> children = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		Instant now = Instant.now(clock);
		for (int h = 0; h < HOUSEHOLDS; h++) {
			String family = FAMILY_NAMES[h];
			UUID household = Northbrook.id("household", family);
			String postcode = "NB" + (1 + h % 4) + " " + (1 + h % 9) + letters(h);
			jdbc.sql("insert into household (id, name, address_line1, town, postcode, created_at) values (?, ?, ?, ?, ?, ?)")
				.params(household, family + " household", (3 + h * 2) + " " + STREETS[h % STREETS.length], "Northbrook",
						postcode, Timestamp.from(now))
				.update();
			adults(household, family, h);
			int count = 1 + (h % 3 == 0 ? 2 : h % 3 == 1 ? 1 : 0) + (h % 7 == 0 ? 1 : 0);
			for (int c = 0; c < count; c++) {
				children.add(child(household, family, h, c, today, now));
			}
		}
		relateAdults();
		return children;
	}

	private DemoChild child(UUID household, String family, int h, int c, LocalDate today, Instant now) {
		boolean girl = random.nextBoolean();
		String given = girl ? GIRLS[(h * 3 + c) % GIRLS.length] : BOYS[(h * 5 + c) % BOYS.length];
		UUID id = Northbrook.id("child", family + ":" + c);
		// a spread of ages: unborn, babies, primary and secondary age
		int kind = (h + c * 3) % 8;
		LocalDate born = switch (kind) {
			case 0 -> null;
			case 1 -> today.minusMonths(4 + random.nextInt(7));
			case 2, 3 -> today.minusYears(1 + random.nextInt(4)).minusDays(random.nextInt(300));
			case 4, 5 -> today.minusYears(5 + random.nextInt(6)).minusDays(random.nextInt(300));
			default -> today.minusYears(11 + random.nextInt(6)).minusDays(random.nextInt(300));
		};
		LocalDate expected = born == null ? today.plusWeeks(6 + random.nextInt(20)) : null;
		boolean disabled = (h + c) % 11 == 5;
		String upn = born != null && born.isBefore(today.minusYears(4)) ? nextUpn() : null;
		jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, expected_date_of_birth, sex, nhs_number, upn,
				  local_id, disabled, household_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, born == null ? "Unborn baby" : given, family, born, expected,
					born == null ? "UNKNOWN" : girl ? "FEMALE" : "MALE", born == null ? null : nextNhsNumber(), upn,
					"NB" + (10000 + h * 10 + c), disabled, household, Timestamp.from(now))
			.update();
		DemoChild child = new DemoChild(id, born, disabled, h, c);
		involve(child, today);
		return child;
	}

	/** Who works with the child, by age: school for school-age children, health visiting for the under-fives. */
	private void involve(DemoChild child, LocalDate today) {
		LocalDate since = today.minusMonths(8);
		boolean schoolAge = child.born() != null && child.born().isBefore(today.minusYears(4));
		boolean underFive = child.born() == null || child.born().isAfter(today.minusYears(5));
		if (schoolAge) {
			boolean primary = child.born().isAfter(today.minusYears(11));
			involve(child.id(), primary ? "SCH1" : "SCH2", primary && child.household() % 2 == 0 ? "teacher"
					: primary ? "school.dsl" : child.household() % 2 == 0 ? "sch2.tutor" : "sch2.dsl", "INVOLVED", since);
		}
		if (underFive) {
			involve(child.id(), "HV", child.household() % 3 == 0 ? "hv2" : "health.visitor", "INVOLVED", since);
		}
		involve(child.id(), "GP", "gp", "INVOLVED", since.minusYears(1));
		if (child.household() % 4 == 1) {
			involve(child.id(), "POL", "police.officer", "INVOLVED", since.plusMonths(2));
		}
		if (child.household() % 5 == 2) {
			involve(child.id(), "HOUS", "housing", "INVOLVED", since);
		}
		if (child.household() % 6 == 3) {
			involve(child.id(), "VOL", "family.worker", "INVOLVED", since.plusMonths(1));
		}
		if (child.household() % 5 == 0) {
			involve(child.id(), "CSC", "social.worker", "REFERRED", since.plusMonths(3));
		}
		if (child.household() % 7 == 3) {
			involve(child.id(), "CSC", "manager", "LEAD_PROFESSIONAL", since.plusMonths(2));
		}
	}

	private void involve(UUID childId, String agency, String practitioner, String kind, LocalDate since) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, ?, p.id, p.team_id, ?, ?, ? from practitioner p where p.id = ?""")
			.params(Northbrook.id("involvement", childId + practitioner), childId, northbrook.agency(agency), kind, since,
					Timestamp.from(Instant.now(clock)), northbrook.practitioner(practitioner))
			.update();
	}

	private void adults(UUID household, String family, int h) {
		String mother = WOMEN[h % WOMEN.length];
		insertAdult(Northbrook.id("adult", family + ":mother"), mother, family, "FEMALE", household, h % 3 == 0
				? new String[] { FACTORS[h % FACTORS.length] } : new String[0], 24 + h % 15);
		if (h % 3 != 2) {
			// fathers and male carers are recorded too, living in or out of the household
			insertAdult(Northbrook.id("adult", family + ":father"), MEN[h % MEN.length], h % 4 == 0 ? "Crabtree" : family,
					"MALE", h % 5 == 0 ? null : household,
					h % 4 == 1 ? new String[] { "SUBSTANCE_MISUSE", "DOMESTIC_ABUSE" } : new String[0], 26 + h % 17);
		}
	}

	private void insertAdult(UUID id, String given, String family, String sex, UUID household, String[] factors, int age) {
		jdbc.sql("""
				insert into adult (id, given_name, family_name, date_of_birth, sex, household_id, contributory_factors, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, given, family, LocalDate.now(clock).minusYears(age).withDayOfYear(1 + age * 7), sex, household,
					factors, Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** Relates each household's adults to its children: mother and father, or the mother's partner. */
	private void relateAdults() {
		jdbc.sql("""
				insert into relationship (id, child_id, adult_id, kind, parental_responsibility, lives_with_child)
				select md5(c.id::text || a.id::text)::uuid, c.id, a.id,
				       case when a.sex = 'FEMALE' then 'MOTHER' when a.family_name = c.family_name then 'FATHER' else 'MALE_CARER' end,
				       a.sex = 'FEMALE' or a.family_name = c.family_name,
				       a.household_id is not null
				from child c
				join adult a on a.id in (
				  select id from adult where household_id = c.household_id
				  union all
				  select ad.id from adult ad where ad.household_id is null
				    and ad.family_name = c.family_name)""")
			.update();
	}

	private String nextNhsNumber() {
		while (true) {
			String nine = "999" + String.format("%06d", nhsSerial++);
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (nine.charAt(i) - '0') * (10 - i);
			}
			int check = 11 - sum % 11;
			if (check == 11) {
				check = 0;
			}
			if (check != 10) {
				return nine + check;
			}
		}
	}

	private String nextUpn() {
		String twelve = "999" + "1234" + String.format("%05d", upnSerial++);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (i + 2);
		}
		return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + twelve;
	}

	private static String letters(int h) {
		String inward = "ABDEFGHJLNPQRSTUWXYZ";
		return "" + inward.charAt(h % inward.length()) + inward.charAt((h * 7) % inward.length());
	}

	/** A demo child, with what the chronology generator needs to know. */
	record DemoChild(UUID id, LocalDate born, boolean disabled, int household, int index) {
	}
}
