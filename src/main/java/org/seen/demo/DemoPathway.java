package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's pathway: levels of need decided for most children from their latest assessment (some
 * countersigned, some waiting), consent to early help from the families at early-help levels, a
 * few referrals waiting at the front door for different lengths of time (one a step-up) and a few
 * already decided. Written after the assessments and alerts.
 */
class DemoPathway {

	private static final Map<Integer, String> LEVEL_FOR_GRADE = Map.of(1, "UNIVERSAL", 2, "UNIVERSAL", 3, "EARLY_HELP",
			4, "TARGETED_EARLY_HELP", 5, "SPECIALIST");

	private static final String[] WAITING_REASONS = {
			"Weight has fallen across three weighings and the home was cold on each visit; Mum says the meter runs out.",
			"Came to school hungry most days this half term, in the same clothes, and fell asleep in class twice.",
			"Baby not brought to two appointments and Mum did not answer at the last home visit; a neighbour reported shouting." };

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final Clock clock;

	private final UUID frontDoor;

	DemoPathway(JdbcClient jdbc, Northbrook northbrook, Clock clock) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.clock = clock;
		this.frontDoor = northbrook.agency("CSC");
	}

	/** A child's level in the demo, and who decided it. */
	private record Decided(DemoFamilies.DemoChild child, String level, String decider) {
	}

	void write(List<DemoFamilies.DemoChild> children) {
		Instant now = Instant.now(clock);
		List<Decided> earlyHelp = new ArrayList<>();
		int n = 0;
		for (DemoFamilies.DemoChild child : children) {
			n++;
			if (n % 4 == 0) {
				continue; // some children have no level decided yet
			}
			boolean socialCare = child.household() % 5 == 0;
			Optional<Integer> highest = highestGrade(child.id());
			String level = socialCare ? "SPECIALIST" : highest.map(LEVEL_FOR_GRADE::get).orElse("UNIVERSAL");
			String decider = socialCare ? "social.worker" : deciderFor(child);
			boolean countersigned = n % 3 != 1;
			Instant at = now.minus(Duration.ofDays(10 + n % 40));
			jdbc.sql("""
					insert into level_decision (id, child_id, level_code, suggested_code, suggestion_reasons, rationale,
					  decided_by, decided_by_account, agency_id, decided_at, countersigned_by, countersigned_at, countersign_note)
					values (?, ?, ?, ?, ?, ?, ?, (select id from account where username = ?), ?, ?, ?, ?, ?)""")
				.params(Northbrook.id("level-decision", child.id().toString()), child.id(), level, level,
						new String[] { highest.map(g -> "Highest grade " + g + " in the latest assessment")
							.orElse("No completed assessment yet: the suggestion rests on alerts and circumstances only") },
						rationale(level), northbrook.name(decider), decider, northbrook.agencyOf(decider), Timestamp.from(at),
						countersigned ? countersigner(decider) : null,
						countersigned ? Timestamp.from(at.plus(Duration.ofDays(2))) : null,
						countersigned ? "Agreed; review with the next assessment" : null)
				.update();
			if (level.equals("EARLY_HELP") || level.equals("TARGETED_EARLY_HELP")) {
				consent(child, at.minus(Duration.ofDays(3)));
				earlyHelp.add(new Decided(child, level, decider));
			}
		}
		referrals(earlyHelp, now);
	}

	private Optional<Integer> highestGrade(UUID childId) {
		return jdbc.sql("""
				select max(i.grade) from assessment_item i
				where i.assessment_id = (select a.id from assessment a where a.child_id = ? and a.status = 'COMPLETED'
				                         order by a.assessed_on desc limit 1)""")
			.param(childId)
			.query(Integer.class)
			.optional();
	}

	private String deciderFor(DemoFamilies.DemoChild child) {
		LocalDate today = LocalDate.now(clock);
		if (child.born() == null || child.born().isAfter(today.minusYears(5))) {
			return "health.visitor";
		}
		return child.born().isAfter(today.minusYears(11)) ? "teacher" : "sch2.dsl";
	}

	private String countersigner(String decider) {
		return switch (decider) {
			case "teacher" -> "Owen Pritchard";
			case "social.worker", "health.visitor" -> "Ruth Dunmore";
			default -> "Owen Pritchard";
		};
	}

	private static String rationale(String level) {
		return switch (level) {
			case "UNIVERSAL" -> "Needs met at home and by school and health; nothing in the chronology points further.";
			case "EARLY_HELP" -> "Some needs not always met; one agency can support the family with their agreement.";
			case "TARGETED_EARLY_HELP" -> "Several needs across physical care and supervision: a Team Around the Family is needed.";
			default -> "Concerns of significant harm: children's social care leads.";
		};
	}

	private void consent(DemoFamilies.DemoChild child, Instant at) {
		jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, given_by_adult, purpose, how_given, given_on,
				  lawful_basis, recorded_by, recorded_at)
				select ?, r.child_id, a.given_name || ' ' || a.family_name || ' (Mother)', a.id,
				       'Sharing information between the agencies working with the family, and an early help assessment and plan',
				       'WRITTEN', ?, 'CONSENT', 'Bethan Rooke', ?
				from relationship r join adult a on a.id = r.adult_id
				where r.child_id = ? and r.kind = 'MOTHER' limit 1""")
			.params(Northbrook.id("consent", child.id().toString()), LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
					Timestamp.from(at), child.id())
			.update();
	}

	/** Three referrals waiting (two hours, a day and a half, five days) and two decided. */
	private void referrals(List<Decided> earlyHelp, Instant now) {
		Duration[] waited = { Duration.ofHours(2), Duration.ofHours(36), Duration.ofDays(5), Duration.ofDays(12),
				Duration.ofDays(20) };
		int made = 0;
		for (Decided d : earlyHelp) {
			if (made == waited.length) {
				break;
			}
			if (!d.level().equals("TARGETED_EARLY_HELP") && made < 3) {
				continue;
			}
			UUID id = Northbrook.id("referral", d.child().id().toString());
			Instant at = now.minus(waited[made]);
			boolean decided = made >= 3;
			boolean stepUp = made == 1;
			jdbc.sql("""
					insert into front_door_referral (id, child_id, to_agency_id, requested_level_code, step_up, from_level_code, reason,
					  family_knows, consent_id, attached, referred_by, referred_by_account, referred_by_practitioner,
					  referrer_agency_id, referred_at, decision, decision_rationale, decided_by, decided_by_account, decided_at)
					values (?, ?, ?, 'SPECIALIST', ?, ?, ?, 'Mum knows about the referral and agrees to it', ?, ?::jsonb, ?,
					  (select id from account where username = ?), ?, ?, ?, ?, ?, ?, (select id from account where username = ?), ?)""")
				.params(id, d.child().id(), frontDoor, stepUp, stepUp ? d.level() : null, WAITING_REASONS[made % 3],
						Northbrook.id("consent", d.child().id().toString()), attachments(d), northbrook.name(d.decider()),
						d.decider(), northbrook.practitioner(d.decider()), northbrook.agencyOf(d.decider()), Timestamp.from(at),
						decided ? (made == 3 ? "EARLY_HELP" : "CHILD_AND_FAMILY_ASSESSMENT") : null,
						decided ? "Read with the chronology and the assessment: " + (made == 3
								? "early help with a Team Around the Family can meet these needs."
								: "the needs have persisted despite early help; a social worker will assess under section 17.")
								: null,
						decided ? "Priya Vance" : null, decided ? "front.door" : null,
						decided ? Timestamp.from(at.plus(Duration.ofHours(20))) : null)
				.update();
			jdbc.sql("""
					insert into involvement (id, child_id, agency_id, kind, started_on, created_at)
					values (?, ?, ?, 'REFERRED', ?, ?)""")
				.params(Northbrook.id("involvement", d.child().id() + "front-door"), d.child().id(), frontDoor,
						LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), Timestamp.from(at))
				.update();
			if (stepUp) {
				jdbc.sql("""
						insert into level_transition (id, child_id, direction, from_level_code, to_level_code, reason,
						  referral_id, made_by, made_at)
						values (?, ?, 'STEP_UP', ?, 'SPECIALIST', ?, ?, ?, ?)""")
					.params(Northbrook.id("transition", id.toString()), d.child().id(), d.level(), WAITING_REASONS[made % 3],
							id, northbrook.name(d.decider()), Timestamp.from(at))
					.update();
			}
			made++;
		}
	}

	private String attachments(Decided d) {
		int entries = jdbc.sql("select count(*) from chronology_event where child_id = ? and removed_at is null")
			.param(d.child().id())
			.query(Integer.class)
			.single();
		String level = d.level().equals("TARGETED_EARLY_HELP") ? "Level 3: targeted early help" : "Level 2: early help";
		return """
				{"levelName":"%s","assessment":null,"alerts":[],
				 "chronology":{"entries":%d,"highSignificance":0,"agencies":0,"recent":[]},
				 "consent":"Given by the child's mother for sharing information and an early help plan"}"""
			.formatted(level, entries);
	}
}
